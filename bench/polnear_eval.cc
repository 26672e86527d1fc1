// Scores quote attribution against PolNeAR (../shared/bench/polnear): every predicted Source, Cue
// and Content span counts when its start and end equal an annotated one (character offsets).
// An annotated span in several pieces counts from its first start to its last end. Articles with
// several annotation files are scored against each. Usage:
//   polnear_eval [--split dev|train] [--dir POLNEAR] [--show source|cue|content] [--limit N]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/file.h"
#include "dict/dictionary.h"
#include "pipeline/pipeline.h"
#include "read/read.h"

namespace fs = std::filesystem;
using namespace demarche;

namespace {

std::string slurp(const fs::path& p) { return read_whole_file(p.string()).value_or(""); }

using CharSpan = std::pair<long, long>;
struct Gold {
  std::set<CharSpan> source, cue, content;
};

// brat standoff: "T3\tSource 335 385\ttext", "E1\tAttribution:T4 Source:T3 Content:T2 Cue:T1".
Gold read_ann(const std::string& text) {
  std::map<std::string, std::pair<std::string, CharSpan>> t;
  std::vector<std::vector<std::string>> rel;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos || tab < 2) continue;
    const std::string id = line.substr(0, tab);
    const auto rest = line.substr(tab + 1);
    if (id[0] == 'T' && std::all_of(id.begin() + 1, id.end(), ::isdigit)) {
      std::istringstream f(rest.substr(0, rest.find('\t')));
      std::string kind;
      f >> kind;
      long b = -1, e = -1, x, y;
      std::string piece;
      while (f >> x) {
        char c;
        f >> y;
        if (b < 0) b = x;
        e = y;
        if (f.peek() == ';') f >> c;
      }
      if (b >= 0) t[id] = {kind, {b, e}};
    } else if (id[0] == 'E' && std::all_of(id.begin() + 1, id.end(), ::isdigit)) {
      std::istringstream f(rest);
      std::vector<std::string> args;
      std::string a;
      while (f >> a) args.push_back(a);
      rel.push_back(args);
    }
  }
  Gold g;
  for (const auto& args : rel)
    for (const auto& a : args) {
      const auto colon = a.find(':');
      if (colon == std::string::npos) continue;
      const auto role = a.substr(0, colon);
      auto it = t.find(a.substr(colon + 1));
      if (it == t.end()) continue;
      if (role == "Source") g.source.insert(it->second.second);
      else if (role == "Cue") g.cue.insert(it->second.second);
      else if (role == "Content") g.content.insert(it->second.second);
    }
  return g;
}

struct Count {
  long tp = 0, pred = 0, gold = 0;
  void add(const std::set<CharSpan>& p, const std::set<CharSpan>& g) {
    pred += static_cast<long>(p.size());
    gold += static_cast<long>(g.size());
    for (const auto& s : p) tp += g.count(s);
  }
  double precision() const { return pred ? double(tp) / pred : 0; }
  double recall() const { return gold ? double(tp) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string split = "dev", dir = std::string(DEMARCHE_SHARED_DIR) + "/bench/polnear", show;
  long limit = -1;
  std::string dump_path;  // predicted spans as "article\tkind\tstart\tend" lines (kind S, C, T)
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--split" && i + 1 < argc) split = argv[++i];
    else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
    else if (a == "--show" && i + 1 < argc) show = argv[++i];
    else if (a == "--limit" && i + 1 < argc) limit = std::stol(argv[++i]);
    else if (a == "--dump" && i + 1 < argc) dump_path = argv[++i];
    else {
      fmt::print(stderr, "usage: polnear_eval [--split dev|train] [--dir DIR] [--show source|cue|content] [--limit N]\n");
      return 2;
    }
  }
  const fs::path base = fs::path(dir) / split;
  if (!fs::is_directory(base / "attributions")) {
    fmt::print("SKIP: {} not present\n", (base / "attributions").string());
    return 0;
  }
  const Dictionary& d = bundled_dictionary();
  const Pipeline pipe(d);
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(base / "attributions"))
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  std::sort(anns.begin(), anns.end());

  Count src, cue, content;
  FILE* dump = dump_path.empty() ? nullptr : std::fopen(dump_path.c_str(), "w");
  size_t articles = 0, bytes = 0;
  double seconds = 0;
  std::string last_article;
  std::set<CharSpan> ps, pc, pt;
  std::string original;
  std::vector<long> char_at;  // byte offset -> character offset
  for (const auto& ann : anns) {
    if (limit >= 0 && static_cast<long>(articles) >= limit && ann.stem().string().rfind(last_article, 0) != 0) break;
    const auto stem = ann.stem().string();
    const auto article = stem.substr(0, stem.rfind('_'));
    if (article != last_article) {
      last_article = article;
      ++articles;
      const auto path = base / "text" / (article + ".txt");
      original = slurp(path);
      bytes += original.size();
      char_at.assign(original.size() + 1, 0);
      long c = 0;
      for (size_t i = 0; i < original.size(); ++i) {
        char_at[i] = c;
        if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++c;
      }
      char_at[original.size()] = c;
      const auto t0 = std::chrono::steady_clock::now();
      auto r = pipe.run(document_from_bytes(article + ".txt", path.string(), original));
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      ps.clear(), pc.clear(), pt.clear();
      auto chars = [&](ByteRange b) {
        const auto ob = r.doc.offsets.to_original(b.begin), oe = r.doc.offsets.to_original(b.end);
        return CharSpan{char_at[std::min<size_t>(ob, original.size())], char_at[std::min<size_t>(oe, original.size())]};
      };
      for (const auto& q : r.coded.quotes) {
        if (!q.speaker_at.empty()) ps.insert(chars(q.speaker_at));
        if (!q.cue_at.empty()) pc.insert(chars(q.cue_at));
        if (!q.content_at.empty()) pt.insert(chars(q.content_at));
        if (dump) {
          auto line = [&](char k, ByteRange b) {
            if (!b.empty()) fmt::print(dump, "{}\t{}\t{}\t{}\n", article, k, chars(b).first, chars(b).second);
          };
          line('S', q.speaker_at), line('C', q.cue_at), line('T', q.content_at);
        }
      }
    }
    const auto g = read_ann(slurp(ann));
    src.add(ps, g.source);
    cue.add(pc, g.cue);
    content.add(pt, g.content);
    if (!show.empty()) {
      const auto& p = show == "source" ? ps : show == "cue" ? pc : pt;
      const auto& gs = show == "source" ? g.source : show == "cue" ? g.cue : g.content;
      // Character offsets back to text for reading: decode by walking code points.
      std::vector<size_t> byte_of;
      for (size_t i = 0; i < original.size(); ++i)
        if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) byte_of.push_back(i);
      byte_of.push_back(original.size());
      auto str = [&](CharSpan s) {
        if (s.second > static_cast<long>(byte_of.size()) - 1 || s.first < 0) return std::string("?");
        auto x = original.substr(byte_of[s.first], byte_of[s.second] - byte_of[s.first]);
        std::replace(x.begin(), x.end(), '\n', ' ');
        return x;
      };
      std::set<CharSpan> all(p.begin(), p.end());
      all.insert(gs.begin(), gs.end());
      for (const auto& s : all) {
        const bool in_p = p.count(s), in_g = gs.count(s);
        fmt::print("{} {} [{}]\n", in_p && in_g ? "OK  " : in_p ? "FP  " : "FN  ", stem, str(s));
      }
    }
  }
  if (dump) std::fclose(dump);
  fmt::print("PolNeAR {}: {} articles, {} annotation files, {:.2f} MB in {:.2f} s of pipeline\n", split, articles,
             anns.size(), bytes / 1e6, seconds);
  for (const auto& [name, c] : {std::pair{"Source", src}, {"Cue", cue}, {"Content", content}})
    fmt::print("{:8} P {:.3f}  R {:.3f}  F1 {:.3f}   (tp {}, predicted {}, annotated {})\n", name, c.precision(),
               c.recall(), c.f1(), c.tp, c.pred, c.gold);
  return 0;
}
