# SPDX-License-Identifier: GPL-2.0-or-later
# The two commands people need: `make run` and `make test`. Both install what is missing first.
BUILD    ?= build
JOBS     ?= $(shell nproc)
CMAKE_ARGS ?=
CTEST_ARGS ?=

# Debian 12 packages the build, the tests and the sandbox VM need.
DEBS := cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev \
        qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev libvulkan-dev rapidjson-dev \
        libedit-dev qemu-system-x86 qemu-utils qemu-guest-agent openssl xvfb xauth \
        desktop-file-utils appstream dpkg-dev file groff-base

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build test run sanitize fuzz package clean

all: build

deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing: $$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_ARGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

run: build
	$(BUILD)/bin/qmp-console --sandbox

sanitize:
	$(MAKE) test BUILD=build-sanitize CMAKE_ARGS="-DQMP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"

# Each libFuzzer target for FUZZ_SECONDS (default 60), starting from the corpus in tests/fuzz;
# crashes land in build-fuzz/crashes/. Needs clang (and libclang-rt-14-dev for the runtime).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= message address shortform
fuzz: deps
	@dpkg-query -W -f='$${Status}' clang libclang-rt-14-dev 2>/dev/null | grep -q 'install ok installed.*install ok installed' || \
	    ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang libclang-rt-14-dev)
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DQMP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build-fuzz -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	mkdir -p build-fuzz/crashes
	for t in $(FUZZ_TARGETS); do \
	    mkdir -p build-fuzz/corpus/$$t && cp -n tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/ 2>/dev/null; \
	    UBSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers.supp:print_stacktrace=1 \
	    build-fuzz/bin/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	        -artifact_prefix=build-fuzz/crashes/$$t- build-fuzz/corpus/$$t || exit 1; \
	done

package: build
	cd $(BUILD) && cpack

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz
