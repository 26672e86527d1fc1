// A progress bar on stderr, drawn only when stderr is a terminal.
#pragma once
#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace demarche::app {

class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled && isatty(STDERR_FILENO)) {}
  ~Progress() { finish(); }
  void update(size_t done) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const int width = 30;
    const int filled = total_ ? static_cast<int>(width * done / total_) : width;
    const double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu documents  %.0f/s ", filled, "##############################",
                 width - filled, "", done, total_, secs > 0 ? done / secs : 0.0);
    std::fflush(stderr);
    drawn_ = true;
  }
  void finish() {
    if (drawn_) std::fprintf(stderr, "\n");
    drawn_ = false;
  }

 private:
  size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace demarche::app
