# The two commands: `make demo` and `make test`. Both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
DB ?= demarche.db

.PHONY: all deps build demo test bench clean

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

clean:
	rm -rf $(BUILD)
