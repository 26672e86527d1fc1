#include "store/store.h"

#include <sqlite3.h>

#include <ctime>

#include "extract/article.h"
#include "store/sql.h"

namespace demarche {

namespace {

constexpr const char* kSchema = R"SQL(
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,            -- the input file name
  path TEXT NOT NULL,
  hash TEXT NOT NULL,             -- of the original bytes
  bytes INTEGER NOT NULL,
  status TEXT NOT NULL,           -- ok | empty | binary | too-large | unreadable
  reason TEXT,                    -- why it was skipped
  ingested_at TEXT NOT NULL,
  content TEXT                    -- the text as coded (invalid UTF-8 replaced)
);
CREATE TABLE IF NOT EXISTS articles (
  doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  outlet TEXT, outlet_basis TEXT, title TEXT,
  published TEXT, published_first TEXT, published_last TEXT, published_basis TEXT
);
CREATE TABLE IF NOT EXISTS notes (      -- date evidence and read warnings, in order
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS spans (      -- every piece of the text: title, body, comment, boilerplate ...
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, kind TEXT NOT NULL, why TEXT,
  text_begin INTEGER NOT NULL, text_end INTEGER NOT NULL  -- the same span in documents.content
);
CREATE TABLE IF NOT EXISTS sentences (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, sentence INTEGER NOT NULL,
  speaker TEXT, speaker_name TEXT, speaker_code TEXT, cue TEXT, via TEXT, text TEXT NOT NULL,
  speaker_begin INTEGER, speaker_end INTEGER, cue_begin INTEGER, cue_end INTEGER,
  content_begin INTEGER NOT NULL, content_end INTEGER NOT NULL,
  kind TEXT,  -- direct | reported
  PRIMARY KEY (doc, idx)
);
CREATE TABLE IF NOT EXISTS events (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, sentence INTEGER NOT NULL,
  date TEXT, date_basis TEXT, historical INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL, label TEXT,
  goldstein REAL NOT NULL, quad INTEGER NOT NULL,
  source_text TEXT, target_text TEXT, verb_text TEXT, pattern TEXT, quote INTEGER,
  plover TEXT, negated INTEGER NOT NULL DEFAULT 0, conditional INTEGER NOT NULL DEFAULT 0,
  future INTEGER NOT NULL DEFAULT 0, roles_as_of TEXT,
  PRIMARY KEY (doc, idx)
);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
)SQL";

std::string now_iso() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::optional<std::string> iso(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(format_iso_date(*d)) : std::nullopt;
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::string& path, std::string& error) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    error = std::string("cannot open database ") + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 5000);
  char* msg = nullptr;
  // Databases made before quotes had a kind gain the column (an error here means it is there).
  sqlite3_exec(db, "ALTER TABLE quotes ADD COLUMN kind TEXT", nullptr, nullptr, nullptr);
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, &msg) != SQLITE_OK) {
    error = std::string("cannot use database ") + path + ": " + (msg ? msg : "?") +
            " (is it a demarche database? choose another with --db)";
    sqlite3_free(msg);
    sqlite3_close(db);
    return nullptr;
  }
  return std::unique_ptr<Store>(new Store(db));
}

Store::~Store() { sqlite3_close(db_); }

void Store::exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "?";
    sqlite3_free(msg);
    throw StoreError("database: " + m);
  }
}

void Store::begin() { exec("BEGIN IMMEDIATE"); }
void Store::commit() { exec("COMMIT"); }
void Store::rollback() { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

std::map<std::string, std::string> Store::hashes() {
  std::map<std::string, std::string> out;
  Stmt st(db_, "SELECT id, hash FROM documents WHERE status = 'ok'");
  while (st.step()) out[st.text(0)] = st.text(1);
  return out;
}

void Store::put(const CodedDocument& d) {
  const auto& doc = d.doc;
  auto orig = [&](uint32_t clean) { return static_cast<long long>(doc.offsets.to_original(clean)); };
  // Children go with the document (ON DELETE CASCADE): a re-ingest replaces it whole.
  Stmt(db_, "DELETE FROM documents WHERE id = ?").bind(1, doc.id).run();
  Stmt(db_, "INSERT INTO documents(id, path, hash, bytes, status, reason, ingested_at, content) VALUES (?,?,?,?,?,?,?,?)")
      .bind(1, doc.id).bind(2, doc.path).bind(3, doc.hash).bind(4, static_cast<long long>(doc.size))
      .bind(5, read_status_name(doc.status)).bind(6, doc.reason).bind(7, now_iso()).bind(8, doc.text).run();
  {
    Stmt st(db_, "INSERT INTO notes(doc, kind, idx, text) VALUES (?,?,?,?)");
    int i = 0;
    for (const auto& w : d.warnings) st.bind(1, doc.id).bind(2, "warning").bind(3, i++).bind(4, w).run();
    i = 0;
    for (const auto& e : d.published.evidence) st.bind(1, doc.id).bind(2, "evidence").bind(3, i++).bind(4, e).run();
  }
  if (doc.status != ReadStatus::kOk) return;

  const auto& a = d.article;
  const auto& p = d.published;
  Stmt(db_, "INSERT INTO articles(doc, outlet, outlet_basis, title, published, published_first, published_last, "
            "published_basis) VALUES (?,?,?,?,?,?,?,?)")
      .bind(1, doc.id).bind(2, a.outlet).bind(3, a.outlet_basis).bind(4, a.title).bind(5, iso(p.date))
      .bind(6, p.range && p.range->first.days != INT32_MIN ? iso(p.range->first) : std::nullopt)
      .bind(7, p.range && p.range->last.days != INT32_MAX ? iso(p.range->last) : std::nullopt)
      .bind(8, p.basis).run();
  {
    Stmt st(db_, "INSERT INTO spans(doc, begin, end, kind, why, text_begin, text_end) VALUES (?,?,?,?,?,?,?)");
    for (const auto& s : a.spans)
      st.bind(1, doc.id).bind(2, orig(s.begin)).bind(3, orig(s.end)).bind(4, span_kind_name(s.kind)).bind(5, s.why)
          .bind(6, s.begin).bind(7, s.end).run();
  }
  {
    Stmt st(db_, "INSERT INTO sentences(doc, idx, begin, end, text) VALUES (?,?,?,?,?)");
    int i = 0;
    for (const auto& s : d.sentences)
      st.bind(1, doc.id).bind(2, i++).bind(3, orig(s.begin)).bind(4, orig(s.end))
          .bind(5, std::string_view(doc.text).substr(s.begin, s.end - s.begin)).run();
  }
  const std::string_view text = doc.text;
  auto slice = [&](ByteRange r) { return std::string(text.substr(r.begin, r.end - r.begin)); };
  {
    Stmt st(db_, "INSERT INTO quotes(doc, idx, sentence, speaker, speaker_name, speaker_code, cue, via, text, "
                 "speaker_begin, speaker_end, cue_begin, cue_end, content_begin, content_end, kind) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int i = 0;
    for (const auto& q : d.coded.quotes) {
      st.bind(1, doc.id).bind(2, i++).bind(3, q.sentence).bind(4, q.speaker).bind(5, q.speaker_name)
          .bind(6, q.speaker_code).bind(7, q.cue).bind(8, q.via).bind(9, q.text);
      if (!q.speaker_at.empty()) st.bind(10, orig(q.speaker_at.begin)).bind(11, orig(q.speaker_at.end));
      if (!q.cue_at.empty()) st.bind(12, orig(q.cue_at.begin)).bind(13, orig(q.cue_at.end));
      st.bind(14, orig(q.content_at.begin)).bind(15, orig(q.content_at.end));
      st.bind(16, q.direct ? "direct" : "reported").run();
    }
  }
  {
    Stmt st(db_, "INSERT INTO events(doc, idx, sentence, date, date_basis, historical, source, target, code, label, "
                 "goldstein, quad, source_text, target_text, verb_text, pattern, quote, plover, negated, conditional, "
                 "future, roles_as_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < d.coded.events.size(); ++i) {
      const auto& e = d.coded.events[i];
      const auto& ed = d.event_dates[i];
      st.bind(1, doc.id).bind(2, static_cast<long long>(i)).bind(3, e.sentence).bind(4, iso(ed.date))
          .bind(5, ed.basis).bind(6, ed.historical ? 1 : 0).bind(7, e.source).bind(8, e.target).bind(9, e.code)
          .bind(10, e.label).bind(11, e.goldstein).bind(12, e.quad).bind(13, slice(e.source_at))
          .bind(14, slice(e.target_at)).bind(15, slice(e.verb_at)).bind(16, e.pattern);
      if (e.quote >= 0) st.bind(17, e.quote);
      st.bind(18, e.plover).bind(19, e.negated ? 1 : 0).bind(20, e.conditional ? 1 : 0).bind(21, e.future ? 1 : 0).bind(22, e.roles_as_of);
      st.run();
    }
  }
}

std::vector<EventRow> Store::events(const EventFilter& f) {
  std::string sql =
      "SELECT e.doc, e.date, e.date_basis, e.source, e.target, e.code, e.goldstein, e.quad, e.historical, "
      "a.outlet, s.text, s.begin, s.end, e.source_text, e.target_text, e.verb_text, e.pattern, e.label, e.plover, e.negated, e.conditional, e.future, e.roles_as_of, a.published_first, a.published_last "
      "FROM events e JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence "
      "LEFT JOIN articles a ON a.doc = e.doc WHERE 1";
  if (!f.dyad_a.empty())
    sql += " AND ((e.source LIKE ?1 || '%' AND e.target LIKE ?2 || '%') OR (e.source LIKE ?2 || '%' AND e.target LIKE ?1 || '%'))";
  if (!f.article.empty()) sql += " AND e.doc = ?3";
  if (!f.include_historical) sql += " AND e.historical = 0";
  if (!f.include_negated) sql += " AND e.negated = 0";
  // An undated article known to fall in a range sorts by the range's end: after what it follows.
  sql += " ORDER BY COALESCE(e.date, a.published_last) IS NULL, COALESCE(e.date, a.published_last), e.doc, e.idx";
  Stmt st(db_, sql.c_str());
  if (!f.dyad_a.empty()) st.bind(1, f.dyad_a).bind(2, f.dyad_b);
  if (!f.article.empty()) st.bind(3, f.article);
  std::vector<EventRow> out;
  while (st.step()) {
    EventRow r;
    r.article = st.text(0);
    r.date = st.text(1);
    r.date_basis = st.text(2);
    r.source = st.text(3);
    r.target = st.text(4);
    r.code = st.text(5);
    r.goldstein = st.real(6);
    r.quad = static_cast<int>(st.integer(7));
    r.historical = st.integer(8) != 0;
    r.outlet = st.text(9);
    r.sentence = st.text(10);
    r.sentence_begin = st.integer(11);
    r.sentence_end = st.integer(12);
    r.source_text = st.text(13);
    r.target_text = st.text(14);
    r.verb_text = st.text(15);
    r.pattern = st.text(16);
    r.label = st.text(17);
    r.plover = st.text(18);
    r.negated = st.integer(19) != 0;
    r.conditional = st.integer(20) != 0;
    r.future = st.integer(21) != 0;
    r.roles_as_of = st.text(22);
    r.published_first = st.text(23);
    r.published_last = st.text(24);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ArticleRow> Store::articles(bool with_content) {
  std::vector<ArticleRow> out;
  Stmt st(db_,
          "SELECT d.id, d.path, d.status, d.reason, a.outlet, a.outlet_basis, a.title, a.published, a.published_basis, "
          "a.published_first, a.published_last, d.content FROM documents d LEFT JOIN articles a ON a.doc = d.id "
          "ORDER BY d.id");
  Stmt spans(db_, "SELECT begin, end, kind, why, text_begin, text_end FROM spans WHERE doc = ? ORDER BY begin");
  Stmt notes(db_, "SELECT kind, text FROM notes WHERE doc = ? ORDER BY kind, idx");
  while (st.step()) {
    ArticleRow r;
    r.article = st.text(0);
    r.path = st.text(1);
    r.status = st.text(2);
    r.reason = st.text(3);
    r.outlet = st.text(4);
    r.outlet_basis = st.text(5);
    r.title = st.text(6);
    r.published = st.text(7);
    r.published_basis = st.text(8);
    r.published_first = st.text(9);
    r.published_last = st.text(10);
    if (with_content) r.content = st.text(11);
    spans.bind(1, r.article);
    while (spans.step()) r.spans.push_back({spans.integer(0), spans.integer(1), spans.text(2), spans.text(3), spans.integer(4), spans.integer(5)});
    spans.reset();
    notes.bind(1, r.article);
    while (notes.step()) (notes.text(0) == "warning" ? r.warnings : r.evidence).push_back(notes.text(1));
    notes.reset();
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<ArticleRow> Store::article(const std::string& id) {
  for (auto& a : articles(true))
    if (a.article == id) return std::move(a);
  return std::nullopt;
}

std::vector<QuoteRow> Store::quotes(const std::string& article, const std::string& speaker) {
  std::string sql =
      "SELECT doc, speaker, speaker_name, speaker_code, cue, via, text, speaker_begin, speaker_end, cue_begin, "
      "cue_end, content_begin, content_end, kind FROM quotes WHERE 1";
  if (!article.empty()) sql += " AND doc = ?1";
  if (!speaker.empty()) sql += " AND (speaker LIKE '%' || ?2 || '%' OR speaker_name LIKE '%' || ?2 || '%')";
  sql += " ORDER BY doc, idx";
  Stmt st(db_, sql.c_str());
  if (!article.empty()) st.bind(1, article);
  if (!speaker.empty()) st.bind(2, speaker);
  std::vector<QuoteRow> out;
  auto range = [&](int c) -> std::optional<std::pair<long long, long long>> {
    if (st.null(c)) return std::nullopt;
    return std::make_pair(st.integer(c), st.integer(c + 1));
  };
  while (st.step()) {
    QuoteRow q;
    q.article = st.text(0);
    q.speaker = st.text(1);
    q.speaker_name = st.text(2);
    q.speaker_code = st.text(3);
    q.cue = st.text(4);
    q.via = st.text(5);
    q.text = st.text(6);
    q.speaker_at = range(7);
    q.cue_at = range(9);
    q.content_at = range(11);
    if (q.content_at && q.content_at->second <= q.content_at->first) q.content_at.reset();
    q.kind = st.null(13) ? "direct" : st.text(13);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace demarche
