// The stages in order, for one document: read -> extract -> segment -> date -> match -> code.
// Pure: no I/O beyond reading the file, no shared mutable state, so documents run in parallel.
#pragma once
#include <memory>
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
  // Recurring meetings for dating articles; by default meetings.txt beside the dictionaries.
  std::shared_ptr<const MeetingTable> meetings;
};

class Pipeline {
 public:
  // Compiles the matchers once; `dict` must outlive the pipeline.
  explicit Pipeline(const Dictionary& dict, PipelineOptions opts = {});
  CodedDocument run(Document doc) const;
  // Read, extract, segment and date only (no events): for evaluating dates on large corpora.
  CodedDocument run_dates(Document doc) const;

 private:
  // Extract, segment and date; returns false when the document was not read.
  bool prepare(CodedDocument& out) const;
  // Officeholders named with their office ("Japanese Prime Minister Shinzo Abe"): the article is
  // from their tenure.
  std::vector<DateClue> officeholder_clues(const std::vector<Sentence>& sentences) const;

  const Dictionary& dict_;
  PipelineOptions opts_;
  Extractor extractor_;
  Matcher matcher_;
  Coder coder_;
  // person -> office -> the ways its title is written, as folded words
  std::vector<std::vector<std::vector<std::vector<std::string>>>> office_words_;
  std::shared_ptr<const MeetingTable> meetings_;
};

}  // namespace demarche
