# The two commands: `make demo` and `make test`. Both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
DB ?= demarche.db

.PHONY: all deps build demo test bench fuzz clean

all: build

deps:
	@./scripts/install-deps

$(BUILD)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	rm -f $(DB)
	$(BUILD)/bin/demarche ingest --db $(DB) examples/corpus
	$(BUILD)/bin/demarche timeline --db $(DB) --dyad RUS:JPN
	@echo
	@echo "More: $(BUILD)/bin/demarche --help   (database: $(DB))"

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Benchmarks build apart (Release, own folder) and never gate CI.
BENCH_BUILD ?= build-bench
bench: deps
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DDEMARCHE_BENCH=ON -DDEMARCHE_TESTS=OFF
	cmake --build $(BENCH_BUILD) -j $(JOBS)
	BUILD=$(BENCH_BUILD) ./bench/run

# libFuzzer targets for the TABARI and PETRARCH readers (clang): build, then run each for FUZZ_SECONDS.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz:
	CXX=clang++ cmake -S fuzz -B $(FUZZ_BUILD) -G Ninja
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	for t in actors agents verbs options records petrarch_verbs petrarch_records; do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t && \
	  $(FUZZ_BUILD)/tabari_$${t}_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 $(FUZZ_BUILD)/corpus/$$t || exit 1; \
	done

clean:
	rm -rf $(BUILD) $(BENCH_BUILD) $(FUZZ_BUILD)
