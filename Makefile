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

bench: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DDEMARCHE_BENCH=ON
	cmake --build $(BUILD) -j $(JOBS)
	./bench/run

clean:
	rm -rf $(BUILD)
