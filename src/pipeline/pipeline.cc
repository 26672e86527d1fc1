#include "pipeline/pipeline.h"

#include <fmt/format.h>

namespace demarche {

Pipeline::Pipeline(const Dictionary& dict, PipelineOptions opts)
    : dict_(dict), opts_(opts), extractor_(dict), matcher_(dict), coder_(matcher_) {}

CodedDocument Pipeline::run(Document doc) const {
  CodedDocument out;
  out.doc = std::move(doc);
  out.warnings = out.doc.warnings;
  if (out.doc.status != ReadStatus::kOk) return out;
  const std::string_view text = out.doc.text;

  out.article = extractor_.extract(text);
  std::vector<Region> regions;
  for (const auto& s : out.article.article_text()) regions.push_back({s.begin, s.end});
  out.sentences = segment(text, regions);
  size_t too_long = 0;
  for (const auto& s : out.sentences) too_long += s.too_long;
  if (too_long)
    out.warnings.push_back(fmt::format("{} sentence(s) over {} bytes kept but not coded", too_long, kMaxSentenceBytes));

  out.published = resolve_publication_date(out.article, opts_.reference_date);
  out.coded = coder_.code(text, out.sentences, out.published.date);
  for (const auto& e : out.coded.events) {
    const auto& s = out.sentences[e.sentence];
    uint32_t vb = 0, ve = 0;
    for (uint32_t t = 0; t < s.tokens.size(); ++t) {
      if (s.tokens[t].begin == e.verb_at.begin) vb = t;
      if (s.tokens[t].end == e.verb_at.end) ve = t + 1;
    }
    out.event_dates.push_back(date_event(s, vb, ve, out.published.date));
  }
  for (auto& s : out.sentences) std::vector<Token>().swap(s.tokens);
  return out;
}

}  // namespace demarche
