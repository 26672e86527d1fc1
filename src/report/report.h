// Stage 7: what the user reads — listings in text, JSONL or TSV, timelines and one-article views.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "store/store.h"

namespace demarche {

enum class Format { kText, kJsonl, kTsv };
std::optional<Format> parse_format(const std::string& s);

void print_events(std::ostream& out, const std::vector<EventRow>& rows, Format f);
void print_articles(std::ostream& out, const std::vector<ArticleRow>& rows, Format f);
void print_quotes(std::ostream& out, const std::vector<QuoteRow>& rows, Format f);
void print_documents(std::ostream& out, const std::vector<ArticleRow>& rows, Format f);

// Events between two actors in date order, grouped by day, with the year-by-year tone.
void print_timeline(std::ostream& out, const std::vector<EventRow>& rows, const std::string& a,
                    const std::string& b, Format f);

// One article: its date and evidence, its text with every dropped piece marked, its quotes and events.
void print_article(std::ostream& out, const ArticleRow& a, const std::vector<EventRow>& events,
                   const std::vector<QuoteRow>& quotes);

}  // namespace demarche
