# Rollout Desk — `make run` builds and opens the app, `make test` runs every test.
# Both install what is missing first (Debian/Ubuntu packages, the pinned Wails
# CLI, npm dependencies) and are quick the second time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

WAILS_VERSION := v2.16.0
BIN           := $(CURDIR)/bin
WAILS         := $(BIN)/wails
APP           := build/bin/rolloutdesk
VERSION       ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
VERSION       := $(VERSION)
COMMIT        ?= $(shell git rev-parse HEAD 2>/dev/null || echo unknown)
COMMIT        := $(COMMIT)
BUILD_DATE    ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
BUILD_DATE    := $(BUILD_DATE)
# What `rolloutdesk version` prints (backend/version).
VERSION_FLAGS := -X rolloutdesk/backend/version.Version=$(VERSION) \
                 -X rolloutdesk/backend/version.Commit=$(COMMIT) \
                 -X rolloutdesk/backend/version.Date=$(BUILD_DATE)
LDFLAGS       := -s -w $(VERSION_FLAGS)
GO_SOURCES    := $(shell find . -name '*.go' -not -path './frontend/*' -not -path './bin/*') go.mod go.sum
FRONTEND_SRC  := $(shell find frontend/src frontend/public -type f 2>/dev/null) frontend/index.html frontend/vite.config.ts frontend/tsconfig.json
NODE_STAMP    := frontend/node_modules/.package-lock.json

# Release artifacts (make dist).
DIST          := dist
# The Debian version of VERSION: v1.2.3 -> 1.2.3, v1.2.3-4-gabc1234 -> 1.2.3+4+gabc1234
# (after 1.2.3), v1.2.3-rc1 -> 1.2.3~rc1 (before 1.2.3), and without a release
# tag abc1234-dirty -> 0.0.0+gitabc1234+dirty.
DEB_VERSION   := $(shell v='$(VERSION)'; case "$$v" in (v[0-9]*.*|[0-9]*.*) v=$${v#v};; (*) v=0.0.0+git$$v;; esac; \
                   echo "$$v" | sed -E 's/-(alpha|beta|rc|pre)/~\1/; s/-/+/g')
LINUX_DIST    := build/bin/linux-amd64/rolloutdesk
DEB           := $(DIST)/rolloutdesk_$(DEB_VERSION)_amd64.deb
TARBALL       := $(DIST)/rolloutdesk-$(VERSION)-linux-amd64.tar.gz
WIN_EXE       := $(DIST)/rolloutdesk-$(VERSION)-windows-amd64.exe
WIN_INSTALLER := $(DIST)/rolloutdesk-$(VERSION)-windows-amd64-installer.exe
MAC_DMG       := $(DIST)/rolloutdesk-$(VERSION)-macos-universal.dmg
# Every sub-make of a release stamps the same version, commit and date.
RELEASE_VARS  := VERSION=$(VERSION) COMMIT=$(COMMIT) BUILD_DATE=$(BUILD_DATE)
# wails build for Windows and macOS: make has built the front end, the
# bindings are committed, go.mod stays as it is. Production mode adds
# -s -w, and -H windowsgui on Windows (no console window).
WAILS_RELEASE := -s -skipbindings -m -nosyncgomod -trimpath -nocolour -ldflags "$(VERSION_FLAGS)"

# Debian packages: to build the app, and additionally to test it.
BUILD_PACKAGES := build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev nodejs npm
TEST_PACKAGES  := xvfb xauth x11-utils imagemagick chromium desktop-file-utils
# and to build the Windows installer (makensis) in `make dist`.
DIST_PACKAGES  := nsis

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help run build test test-go test-bindings test-frontend test-e2e test-smoke bench footprint screenshots \
        deps deps-system deps-test-system clean test-platforms test-deb \
        dist dist-linux dist-windows dist-macos dist-macos-help FORCE

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: build ## install what is missing, build, and open the app (demo workspace on first start)
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "make run: no display found; start it from a desktop session (or: xvfb-run -a $(APP))"; exit 1; fi
	$(APP)

build: deps $(APP) ## build the production binary into build/bin/

# ---- dependencies ---------------------------------------------------------

deps: deps-system $(WAILS) $(NODE_STAMP)

deps-system:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(BUILD_PACKAGES)"

deps-test-system:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(BUILD_PACKAGES) $(TEST_PACKAGES)"

.PHONY: install-packages
install-packages:
	@if ! command -v dpkg-query >/dev/null; then \
	  echo "This is not a Debian/Ubuntu system. Install the equivalents of these packages, then run make again:"; \
	  echo "  $(PACKAGES)"; \
	  echo "  (GTK 3 and WebKitGTK 4.1 development files, pkg-config, a C compiler, Node.js 20.19+ and npm)"; \
	  exit 1; \
	fi; \
	wanted="$(PACKAGES)"; \
	if command -v node >/dev/null && command -v npm >/dev/null; then wanted=$$(echo " $$wanted " | sed 's/ nodejs / /; s/ npm / /'); fi; \
	missing=""; \
	for p in $$wanted; do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi; \
	node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js "+process.versions.node+" is too old: the front end needs 20.19 or newer (nodejs.org or your distribution backports)"); process.exit(1) }'

$(WAILS):
	GOBIN=$(BIN) go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION)

$(NODE_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

# ---- build ----------------------------------------------------------------

# Regenerates the TypeScript bindings for the Go methods bound in the
# bind_*.go files, and the event payload types from backend/viewmodel.
BINDINGS := bin/.bindings-stamp
GENERATED_TS := frontend/wailsjs frontend/src/api/events.gen.ts
$(BINDINGS): $(GO_SOURCES) wails.json
	@mkdir -p bin
	CGO_ENABLED=0 go build -tags bindings -o bin/rolloutdesk-bindings .
	bin/rolloutdesk-bindings > bin/bindings.log 2>&1 || { cat bin/bindings.log; exit 1; }
	CGO_ENABLED=0 go run ./backend/devtools/eventgen frontend/src/api/events.gen.ts
	@touch $@

frontend/dist/index.html: $(NODE_STAMP) $(BINDINGS) $(FRONTEND_SRC)
	cd frontend && npm run build --silent

$(APP): frontend/dist/index.html $(GO_SOURCES)
	CGO_ENABLED=1 go build -trimpath -tags desktop,production,webkit2_41 -ldflags "$(LDFLAGS)" -o $(APP) .

# ---- tests ----------------------------------------------------------------

test: deps-test-system deps ## run every test: Go (race), Windows/macOS vet, bindings, Vitest, Playwright e2e, Xvfb smoke, .deb
	$(MAKE) --no-print-directory test-go test-platforms test-bindings test-frontend test-e2e test-smoke test-deb
	@echo "make test: all suites passed"

# The Go tests run in a copy of the repository (tracked and new files, plus
# the built front end) in an empty temporary folder, so a test that reads
# anything outside the repository fails here as it would for a user.
test-go: frontend/dist/index.html
	@alone=$$(mktemp -d); trap 'rm -rf "$$alone"' EXIT; mkdir -p "$$alone/repo"; \
	  git ls-files -z -co --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$$alone/repo"; \
	  cp -r frontend/dist/. "$$alone/repo/frontend/dist/"; \
	  echo "go vet and go test -race in a copy of the repository at $$alone/repo"; \
	  cd "$$alone/repo" && CGO_ENABLED=1 go vet ./... && CGO_ENABLED=1 go test -race -count=1 ./...

test-bindings: $(BINDINGS)
	@git -c core.fileMode=false diff --quiet -- $(GENERATED_TS) 2>/dev/null || { \
	  echo "$(GENERATED_TS) is out of date with the bound methods and view models: commit the regenerated files"; \
	  git diff --stat -- $(GENERATED_TS); exit 1; }

test-frontend: $(NODE_STAMP) $(BINDINGS)
	cd frontend && npx vitest run

XVFB := xvfb-run -a -s "-screen 0 1400x900x24"

FAKES := bin/fakeproviders
$(FAKES): $(GO_SOURCES)
	CGO_ENABLED=0 go build -o $@ ./backend/devtools/fakeproviders

# E2E_ARGS picks specs or options, e.g. make test-e2e E2E_ARGS=e2e/comms.spec.ts
test-e2e: $(WAILS) $(FAKES) frontend/dist/index.html
	cd frontend && WAILS=$(WAILS) FAKEPROVIDERS=$(CURDIR)/$(FAKES) $(XVFB) npx playwright test $(E2E_ARGS)

# Every page at 1024x700 and 1400x900 into docs/screenshots (the clipping checks of e2e/screens.spec.ts run too).
screenshots: $(WAILS) $(FAKES) frontend/dist/index.html ## save every page at both window sizes into docs/screenshots
	cd frontend && SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots WAILS=$(WAILS) FAKEPROVIDERS=$(CURDIR)/$(FAKES) $(XVFB) npx playwright test e2e/screens.spec.ts

test-smoke: $(APP)
	ROLLOUTDESK_BINARY=$(CURDIR)/$(APP) ROLLOUTDESK_SMOKE_SHOT=$(CURDIR)/build/smoke.png \
	  $(XVFB) go test -tags smoke -count=1 -v ./backend/smoke/

# The Go code must build for every desktop platform the release ships. Vet it
# for Windows and macOS: cgo off, since neither has a C cross-compiler here.
# For Windows that covers the production window code too (Wails' Windows
# front end is pure Go); on macOS it needs cgo, so the main package is vetted
# there without the production tags. backend/devtools/footprint measures the
# window under Xvfb and is Linux-only.
test-platforms:
	@echo "go vet for windows/amd64 (with the production tags)"
	@CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go vet -tags desktop,production \
	  $$(CGO_ENABLED=0 GOOS=windows GOARCH=amd64 go list ./... | grep -v '/devtools/footprint$$')
	@echo "go vet for darwin/arm64"
	@CGO_ENABLED=0 GOOS=darwin GOARCH=arm64 go vet ./...

# Builds the .deb, then (backend/smoke/deb_test.go) checks its fields and
# files, resolves its Depends with `apt-get install --simulate`, installs it
# with `dpkg -i` (as root with CI=true, else checks an unpacked copy and says
# so), opens the installed app's window under Xvfb on a fresh workspace, and
# removes the package again.
test-deb: $(DEB)
	ROLLOUTDESK_DEB=$(CURDIR)/$(DEB) ROLLOUTDESK_WANT_DEB_VERSION=$(DEB_VERSION) ROLLOUTDESK_WANT_VERSION=$(VERSION) \
	  ROLLOUTDESK_SMOKE_SHOT=$(CURDIR)/build/bin/smoke-deb.png \
	  $(XVFB) go test -tags smoke -count=1 -v -run TestDebPackage ./backend/smoke/

bench: ## run the benchmarks (figures go in docs/benchmarks.md)
	go test -run '^$$' -bench . -benchmem ./backend/...

# Starts its own Xvfb per run; builds the hello-world app into bin/footprint
# on first use. Each app's first painted frame goes to build/screenshots/footprint.
footprint: deps-test-system build ## compare the window's memory and first paint with a hello-world Wails app (figures go in docs/benchmarks.md)
	go run ./backend/devtools/footprint -app $(APP) -wails $(WAILS) -cache bin/footprint -runs 5 -shots build/screenshots/footprint

# ---- release ----------------------------------------------------------------

dist: deps ## build the release into dist/: Linux .tar.gz and .deb, Windows .exe and installer, SHA256SUMS
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DIST_PACKAGES)"
	rm -rf $(DIST)
	$(MAKE) --no-print-directory $(RELEASE_VARS) dist-linux dist-windows
	cd $(DIST) && sha256sum -- *.tar.gz *.deb *.exe > SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS
	@echo; echo "dist/ (version $(VERSION), commit $(COMMIT), built $(BUILD_DATE)):"; ls -l $(DIST)
	@$(MAKE) --no-print-directory $(RELEASE_VARS) dist-macos-help

dist-linux: $(TARBALL) $(DEB)

# Always relinked, so the release carries this version, commit and date.
$(LINUX_DIST): frontend/dist/index.html FORCE
	CGO_ENABLED=1 go build -trimpath -tags desktop,production,webkit2_41 -ldflags "$(LDFLAGS)" -o $@ .

$(DEB): $(LINUX_DIST) build/linux/package.sh build/linux/rolloutdesk.desktop build/appicon.png
	build/linux/package.sh deb $(LINUX_DIST) $(DEB_VERSION) $@

$(TARBALL): $(LINUX_DIST) build/linux/package.sh build/linux/rolloutdesk.desktop build/appicon.png
	build/linux/package.sh tar $(LINUX_DIST) $(VERSION) $@

# Cross-compiled (Wails on Windows is pure Go); the installer is Wails' NSIS
# project in build/windows/installer, built with Debian's makensis. Wails
# writes a .syso resource file into the project root while it compiles, which
# would break a concurrent Linux build of package main, and the installer's
# generated files into build/windows: so it builds in a copy of the
# repository (tracked and new files, plus the built front end), as test-go does.
dist-windows: $(WAILS) frontend/dist/index.html
	@command -v makensis >/dev/null || { echo "makensis not found: install Debian's nsis package (make dist does)"; exit 1; }
	@pv=$$(sed -n 's/.*"productVersion": *"\([^"]*\)".*/\1/p' wails.json); case "$(VERSION)" in (v[0-9]*) \
	  [ "v$$pv" = "$(firstword $(subst -, ,$(VERSION)))" ] || echo "warning: wails.json info.productVersion is $$pv, the Windows version resource and installer will say so (this is $(VERSION))";; esac
	@mkdir -p $(DIST)
	@work=$$(mktemp -d); trap 'rm -rf "$$work"' EXIT; \
	  git ls-files -z -co --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$$work"; \
	  cp -r frontend/dist/. "$$work/frontend/dist/"; \
	  echo "wails build -platform windows/amd64 -nsis in a copy of the repository at $$work"; \
	  (cd "$$work" && CGO_ENABLED=0 $(WAILS) build -platform windows/amd64 -nsis -o rolloutdesk.exe $(WAILS_RELEASE)); \
	  cp "$$work/build/bin/rolloutdesk.exe" $(WIN_EXE); \
	  cp "$$work/build/bin/rolloutdesk-amd64-installer.exe" $(WIN_INSTALLER)

# Wails builds for macOS only on a Mac (cgo, Xcode command line tools).
dist-macos: $(WAILS) frontend/dist/index.html ## on a Mac: the universal Rollout Desk.app, zipped, and a .dmg into dist/
	@[ "$$(uname -s)" = Darwin ] || { $(MAKE) --no-print-directory dist-macos-help; exit 1; }
	$(WAILS) build -platform darwin/universal $(WAILS_RELEASE)
	@mkdir -p $(DIST)
	rm -f $(MAC_DMG) $(DIST)/rolloutdesk-$(VERSION)-macos-universal.zip
	ditto -c -k --keepParent "build/bin/Rollout Desk.app" $(DIST)/rolloutdesk-$(VERSION)-macos-universal.zip
	hdiutil create -volname "Rollout Desk" -srcfolder "build/bin/Rollout Desk.app" -ov -format UDZO $(MAC_DMG)
	cd $(DIST) && shasum -a 256 rolloutdesk-$(VERSION)-macos-universal.* > SHA256SUMS.macos

dist-macos-help:
	@echo
	@echo "macOS: Wails needs cgo and Xcode there, so the Mac build runs on a Mac"
	@echo "(or in .github/workflows/release.yml). With Go, Node.js 20.19+, npm and"
	@echo "the Xcode command line tools (xcode-select --install), in a clone of this repository:"
	@echo
	@echo "  make dist-macos"
	@echo
	@echo "which, for this version, runs"
	@echo
	@echo "  GOBIN=\$$PWD/bin go install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION)"
	@echo "  make frontend/dist/index.html"
	@echo "  bin/wails build -platform darwin/universal $(subst ",\",$(WAILS_RELEASE))"
	@echo "  ditto -c -k --keepParent \"build/bin/Rollout Desk.app\" $(DIST)/rolloutdesk-$(VERSION)-macos-universal.zip"
	@echo "  hdiutil create -volname \"Rollout Desk\" -srcfolder \"build/bin/Rollout Desk.app\" -ov -format UDZO $(MAC_DMG)"

FORCE:

clean:
	rm -rf build/bin bin/rolloutdesk-bindings $(BINDINGS) frontend/dist/assets frontend/dist/index.html $(DIST)
