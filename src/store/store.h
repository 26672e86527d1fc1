// Stage 6: the SQLite database. Writes are transactional per batch; re-storing a document
// replaces it whole, so re-ingesting the same input changes nothing.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

struct sqlite3;

namespace demarche {

struct EventRow {
  std::string article, date, date_basis, source, target, code, label, outlet, sentence;
  std::string source_text, target_text, verb_text, pattern, plover, roles_as_of;
  std::string published_first, published_last;  // the article's date range, when it has no single day
  double goldstein = 0;
  int quad = 0;
  bool historical = false;
  bool negated = false, conditional = false, future = false;
  long long sentence_begin = 0, sentence_end = 0;
};

struct ArticleRow {
  std::string article, path, status, reason, outlet, outlet_basis, title, published, published_basis;
  std::string published_first, published_last;
  std::vector<std::string> evidence, warnings;
  struct SpanRow {
    long long begin, end;  // in the original file
    std::string kind, why;
    long long text_begin, text_end;  // in `content`
  };
  std::vector<SpanRow> spans;
  std::string content;  // the document text (repaired UTF-8)
};

struct QuoteRow {
  std::string article, speaker, speaker_name, speaker_code, cue, via, text;
  std::string kind;  // "direct" (in quotation marks) or "reported" ("X said that ...")
  std::optional<std::pair<long long, long long>> speaker_at, cue_at, content_at;
};

struct EventFilter {
  std::string dyad_a, dyad_b;  // both directions between two actor-code prefixes
  std::string article;
  bool include_historical = true;
  bool include_negated = true;
};

class Store {
 public:
  // Opens or creates the database; on failure returns null and says why in `error`.
  static std::unique_ptr<Store> open(const std::string& path, std::string& error);
  ~Store();

  // id -> content hash of every coded document, for skipping unchanged input. Skipped ones are
  // read again, so that each run reports them.
  std::map<std::string, std::string> hashes();

  void begin();
  void commit();
  void rollback();
  void put(const CodedDocument& d);  // inside begin()/commit()

  std::vector<EventRow> events(const EventFilter& f);
  std::vector<ArticleRow> articles(bool with_content = false);
  std::optional<ArticleRow> article(const std::string& id);
  std::vector<QuoteRow> quotes(const std::string& article, const std::string& speaker);
  std::vector<EventRow> events_of(const std::string& article) { return events({{}, {}, article, true, true}); }

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  void exec(const char* sql);
  sqlite3* db_;
};

}  // namespace demarche
