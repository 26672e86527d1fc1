// The stages in order, for one document: read -> extract -> segment -> date -> match -> code.
// Pure: no I/O beyond reading the file, no shared mutable state, so documents run in parallel.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "code/code.h"
#include "dates/dates.h"
#include "dict/dictionary.h"
#include "extract/article.h"
#include "match/match.h"
#include "read/read.h"
#include "segment/segment.h"

namespace demarche {

struct CodedDocument {
  Document doc;
  Article article;
  PublicationDate published;
  std::vector<Sentence> sentences;  // tokens released once coded
  CodedText coded;
  std::vector<EventDate> event_dates;  // one per coded.events
  std::vector<std::string> warnings;
  bool coded_ok() const { return doc.status == ReadStatus::kOk; }
};

struct PipelineOptions {
  std::optional<Date> reference_date;
};

class Pipeline {
 public:
  // Compiles the matchers once; `dict` must outlive the pipeline.
  explicit Pipeline(const Dictionary& dict, PipelineOptions opts = {});
  CodedDocument run(Document doc) const;

 private:
  const Dictionary& dict_;
  PipelineOptions opts_;
  Extractor extractor_;
  Matcher matcher_;
  Coder coder_;
};

}  // namespace demarche
