// Internal to code/: one article being coded, shared by the quote pass and the event pass.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/code.h"
#include "code/context.h"
#include "code/quoting.h"

namespace demarche {

struct ArticleView {
  std::string_view text;
  const std::vector<Sentence>& sentences;
  const Dictionary& dict;
  std::optional<Date> date;
  std::vector<SentenceMatches> matches;  // one per sentence
  std::vector<QuoteSpan> spans;          // quotation marks, in text order
  ArticleContext ctx;                    // people and outlets named so far
};

// Attributes every quotation; returns, per span, the index of its quote in `quotes` or -1.
std::vector<int> attribute_quotes(ArticleView& a, const std::vector<std::vector<std::string>>& cues,
                                  std::vector<Quote>& quotes);

// The actor "he"/"she" at token `tok` of sentence `si` means when it continues the sentence's
// subject (after "but", "and", "said", "that"); null when the sentence does not settle it.
const ActorMention* clause_subject_for_pronoun(const ArticleView& a, uint32_t si, uint32_t tok);
// The same, as a person named: null when the subject is not one the dictionaries know.
const NamedPerson* person_for_pronoun(const ArticleView& a, uint32_t si, uint32_t tok);

// Codes the events of every sentence; a verb inside a quote takes the quote's speaker as source.
void code_events(const ArticleView& a, const std::vector<Quote>& quotes, std::vector<Event>& events);

}  // namespace demarche
