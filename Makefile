# Two commands set everything up on a fresh machine with Python 3.11+ and make:
#   make run    create .venv, install the app, open it on the default library
#   (make install: only create .venv with the app, for the .venv/bin/desktop-recsys command)
#   make test   create .venv with the test extras, run the whole default suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: system-libs test-tools install run test test-fast test-slow test-all lint format bench demo clean package test-package screenshots

$(BIN)/activate:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

$(VENV)/.installed-packaging: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e '.[packaging]'
	touch $@ $(VENV)/.installed-app

# Qt Multimedia (the music player) loads the system's libpulse0. On Debian-like systems it is
# installed here when missing (apt-get as root, else sudo -n); elsewhere a line says what is
# needed, and the app still runs without playback.
system-libs:
	@if [ "$$(uname -s)" = Linux ] && ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libpulse\.so\.0'; then \
		if command -v apt-get >/dev/null 2>&1; then \
			SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
			echo "Installing libpulse0 for music playback (apt-get)"; \
			$$SUDO apt-get install -y -qq libpulse0 >/dev/null 2>&1 || \
			{ $$SUDO apt-get update -qq >/dev/null 2>&1 && $$SUDO apt-get install -y -qq libpulse0 >/dev/null; } || \
			echo "Could not install libpulse0: run 'sudo apt-get install libpulse0' for music playback"; \
		else \
			echo "libpulse.so.0 is missing: install PulseAudio's client library for music playback"; \
		fi; \
	fi

# Tools some tests use (a private D-Bus session bus for the media-key tests, GNU time for the
# benchmark harness's memory check): installed with apt-get when it is there and allowed.
# Without root or sudo, dbus-daemon's packages are downloaded and unpacked into .venv/test-tools
# instead (apt-get download and dpkg-deb -x need no root; make test puts it on PATH); GNU time
# is not: without it the harness's own peak wrapper runs, and is what its test checks.
# Otherwise those tests skip and say which tool is missing.
TOOLS := $(CURDIR)/$(VENV)/test-tools
test-tools:
	@if [ "$$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1; then \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
		missing=; \
		[ -x "$(TOOLS)/usr/bin/dbus-daemon" ] || command -v dbus-daemon >/dev/null 2>&1 || \
			missing="$$missing dbus-daemon"; \
		[ -x /usr/bin/time ] || missing="$$missing time"; \
		if [ -n "$$missing" ]; then \
			echo "Installing$$missing for the tests (apt-get)"; \
			$$SUDO apt-get install -y -qq $$missing >/dev/null 2>&1 || \
			{ $$SUDO apt-get update -qq >/dev/null 2>&1 && $$SUDO apt-get install -y -qq $$missing >/dev/null 2>&1; } || \
			{ case "$$missing" in *dbus-daemon*) \
				rm -rf "$(TOOLS)"; mkdir -p "$(TOOLS)/debs"; \
				(cd "$(TOOLS)/debs" && apt-get download dbus-daemon dbus-session-bus-common >/dev/null 2>&1); \
				for deb in "$(TOOLS)"/debs/*.deb; do dpkg-deb -x "$$deb" "$(TOOLS)" 2>/dev/null; done; \
				if "$(TOOLS)/usr/bin/dbus-daemon" --version >/dev/null 2>&1; then \
					echo "No root: unpacked dbus-daemon into $(VENV)/test-tools"; \
					missing=$$(echo "$$missing" | sed 's/ dbus-daemon//'); \
				else rm -rf "$(TOOLS)"; fi;; \
			esac; \
			[ -z "$$missing" ] || echo "Could not install$$missing: the tests that need them will skip"; }; \
		fi; \
	fi

install: $(VENV)/.installed-app

run: $(VENV)/.installed-app system-libs
	$(BIN)/desktop-recsys

# Two workers (pytest-xdist): the suite is some 1,800 tests, 18 minutes in one process on this
# 2-core machine under load, about 7 in two; every test keeps to its own files and library.
test: $(VENV)/.installed-test system-libs test-tools
	PATH="$(TOOLS)/usr/bin:$$PATH" QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -rs -n 2

# The unit tests that need no data set, no other process and no window: under a minute, for
# while you work (make test still runs everything it runs).
test-fast: $(VENV)/.installed-test
	DESKTOP_RECSYS_FAST_TIER=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto \
		-m 'not slow and not gui and not dataset and not subprocess'

test-slow: $(VENV)/.installed-test system-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow

test-all: $(VENV)/.installed-test system-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m 'slow or not slow'

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop_recsys tests benchmarks
	$(BIN)/ruff format --check desktop_recsys tests benchmarks

format: $(VENV)/.installed-test
	$(BIN)/ruff format desktop_recsys tests benchmarks
	$(BIN)/ruff check --fix desktop_recsys tests benchmarks

bench: $(VENV)/.installed-test
	$(PY) benchmarks/bench_storage.py

# Every screen rendered offscreen on the demo library, into docs/screenshots/ (the radio
# window, the daily mix cards and the uses of sound, the blind test, a taste across kinds and
# the limits too, the sound analysis and a history import on real files); every picture is
# made in a temporary home (paths read "~/Music/..."); each PNG is kept under 300 KB
# (scripts/small_png.py), and the test tests/test_screenshot_files.py fails on a bigger one.
screenshots: $(VENV)/.installed-test system-libs
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/radio_screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_sound.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_ab_test.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_cross_kind.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_limits.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_certification.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot_own_files.py docs/screenshots
	$(PY) -m pytest -q tests/test_screenshot_files.py

# Installers for this OS into dist/ (Linux: .tar.gz and .deb; see packaging/README.md).
package: $(VENV)/.installed-packaging system-libs
	$(PY) packaging/build.py

# Builds the Linux bundle and .deb in a temporary folder and checks them (slow: minutes).
test-package: $(VENV)/.installed-packaging $(VENV)/.installed-test system-libs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
