#include "dates/scan.h"

#include <unordered_set>

namespace demarche::dates {

namespace {

bool is_future_word(const std::string& w) {
  static const std::unordered_set<std::string> k = {
      "will", "'ll", "shall", "would", "expects", "expect", "expected", "expecting", "forecast", "forecasts",
      "forecasting", "projected", "projects", "project", "plans", "plan", "planned", "planning", "scheduled",
      "next", "upcoming", "coming", "targeted", "target", "budgeted", "intends", "aims", "hopes", "seeks",
      "proposed", "proposes", "until", "through", "by", "to", "estimated", "estimates", "sees", "predicts",
      "predicted", "anticipated", "anticipates", "should", "could", "may", "might", "outlook", "before"};
  return k.count(w) > 0;
}

bool is_past_verb(const std::string& w) {
  static const std::unordered_set<std::string> k = {
      "was", "were", "had", "did", "rose", "fell", "grew", "met", "made", "took", "signed", "began", "came", "went",
      "saw", "won", "lost", "sold", "bought", "paid", "held", "left", "gave", "became", "agreed", "launched",
      "ended", "started", "invaded", "occupied", "annexed", "earned", "posted", "reported", "totalled", "totaled",
      "increased", "decreased", "declined", "dropped", "climbed", "jumped", "fought", "broke", "struck", "built",
      "founded", "formed", "established", "joined", "elected", "appointed", "died", "killed", "visited", "received"};
  return k.count(w) > 0;
}

}  // namespace

bool past_before(const Sentence& s, uint32_t at) {
  bool past = false;
  const auto& t = s.tokens;
  for (uint32_t k = at, n = 0; k > 0 && n < 7; --k, ++n) {
    const auto& w = t[k - 1].norm;
    if (w == "," || w == ";" || w == ":" || w == "and" || w == "or" || w == "but" || w == "which" || w == "that" ||
        w == "while" || w == "\"")
      break;
    if (is_future_word(w)) return false;
    past |= is_past_verb(w);
  }
  return past;
}

bool future_before(const Sentence& s, uint32_t at) {
  const auto& t = s.tokens;
  for (uint32_t k = at, n = 0; k > 0 && n < 8; --k, ++n) {
    const auto& w = t[k - 1].norm;
    if (w == "," || w == ";" || w == "and" || w == "but" || w == "which" || w == "that") break;
    if (is_past_verb(w) || w == "said") return false;
    if (w == "will" || w == "'ll" || w == "shall" || w == "next" || w == "upcoming" || w == "scheduled" ||
        w == "expected" || w == "expects" || w == "forecast" || w == "forecasts" || w == "projected" ||
        w == "plans" || w == "planned" || w == "seen" || w == "likely")
      return true;
  }
  return false;
}

DateRange mention_days(const DateMention& m, int year) {
  const int y = m.year ? m.year : year;
  if (!m.month) return {date_from_ymd(y, 1, 1), date_from_ymd(y, 12, 31)};
  if (!m.day_first) return {date_from_ymd(y, m.month, 1), date_from_ymd(y, m.month, days_in_month(y, m.month))};
  const int d1 = std::min(m.day_first, days_in_month(y, m.month));
  const int d2 = std::min(m.day_last, days_in_month(y, m.month));
  return {date_from_ymd(y, m.month, d1), date_from_ymd(y, m.month, d2)};
}

SentenceDates scan_sentence(const Sentence& s) {
  SentenceDates out;
  const auto& t = s.tokens;
  const auto n = static_cast<uint32_t>(t.size());
  std::vector<bool> used(n, false);
  auto text_of = [&](uint32_t b, uint32_t e) {
    std::string r;
    for (uint32_t i = b; i < e; ++i) {
      if (i > b && t[i].word) r += ' ';
      r += t[i].norm;
    }
    return r;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const auto& w = t[i].norm;
    if (is_future_word(w) && w != "to" && w != "by" && w != "until" && w != "through" && w != "before" &&
        w != "may" && w != "project" && w != "plan" && w != "target")
      out.future = true;
    if (w == "plenary") out.plenary = true;
    if (const int wd = weekday_from_word(w); wd >= 0) out.weekdays.push_back({i, wd});
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (used[i]) continue;
    const auto& w = t[i].norm;
    DateMention m;
    m.tok_begin = i;
    // "May" is a month only before a day or a year (or after a day), never the modal verb.
    const int month = month_from_word(w);
    if (month && t[i].upper) {
      uint32_t j = i + 1;
      if (j < n && t[j].norm == ".") ++j;
      std::pair<int, int> span{0, 0};
      if (j < n) span = day_span_from_word(t[j].norm);
      if (span.first) {
        m.month = month;
        m.day_first = span.first;
        m.day_last = span.second;
        ++j;
        uint32_t k = j;
        if (k < n && t[k].norm == ",") ++k;
        if (k < n && year_from_word(t[k].norm)) {
          m.year = year_from_word(t[k].norm);
          j = k + 1;
        }
      } else if (j < n && year_from_word(t[j].norm)) {
        m.month = month;
        m.year = year_from_word(t[j].norm);
        ++j;
      } else if (i > 0 && day_span_from_word(t[i - 1].norm).first && !used[i - 1] &&
                 !year_from_word(t[i - 1].norm)) {
        // "2 March", "15-16 December"
        const auto sp = day_span_from_word(t[i - 1].norm);
        m.tok_begin = i - 1;
        m.month = month;
        m.day_first = sp.first;
        m.day_last = sp.second;
        if (j < n && year_from_word(t[j].norm)) m.year = year_from_word(t[j++].norm);
      } else {
        // A month on its own, written out in full after a preposition: "in September", "since May".
        static constexpr std::string_view kFull[] = {"january", "february", "march", "april", "may", "june", "july",
                                                     "august", "september", "october", "november", "december"};
        const bool prep = i > 0 && (t[i - 1].norm == "in" || t[i - 1].norm == "since" || t[i - 1].norm == "last" ||
                                    t[i - 1].norm == "early" || t[i - 1].norm == "late" || t[i - 1].norm == "mid" ||
                                    t[i - 1].norm == "until" || t[i - 1].norm == "from" || t[i - 1].norm == "this" ||
                                    t[i - 1].norm == "next" || t[i - 1].norm == "of");
        if (!prep || w != kFull[month - 1] || !t[i].upper) continue;
        m.month = month;
      }
      m.tok_end = j;
      for (uint32_t k = m.tok_begin; k < j; ++k) used[k] = true;
      m.text = text_of(m.tok_begin, m.tok_end);
      out.dates.push_back(std::move(m));
      continue;
    }
    if (const int y = year_from_word(w)) {
      // Not a quantity: "1,987 tonnes" is split by the tokenizer anyway; skip "1987/88" seasons'
      // second half and numbers followed by a unit-like word.
      if (i + 1 < n && (t[i + 1].norm == "pct" || t[i + 1].norm == "%" || t[i + 1].norm == "dlrs" ||
                        t[i + 1].norm == "tonnes" || t[i + 1].norm == "mln" || t[i + 1].norm == "shares"))
        continue;
      if (i > 0 && (t[i - 1].norm == "$" || t[i - 1].norm == "no." || t[i - 1].norm == "number")) continue;
      m.year = y;
      m.tok_end = i + 1;
      used[i] = true;
      m.text = w;
      out.dates.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace demarche::dates
