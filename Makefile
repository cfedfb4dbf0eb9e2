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
LDFLAGS       := -s -w -X rolloutdesk/backend/version.Version=$(VERSION)
GO_SOURCES    := $(shell find . -name '*.go' -not -path './frontend/*' -not -path './bin/*') go.mod go.sum
FRONTEND_SRC  := $(shell find frontend/src frontend/public -type f 2>/dev/null) frontend/index.html frontend/vite.config.ts frontend/tsconfig.json
NODE_STAMP    := frontend/node_modules/.package-lock.json

# Debian packages: to build the app, and additionally to test it.
BUILD_PACKAGES := build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev nodejs npm
TEST_PACKAGES  := xvfb xauth x11-utils imagemagick chromium

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help run build test test-go test-bindings test-frontend test-e2e test-smoke bench \
        deps deps-system deps-test-system clean

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

# Regenerates the TypeScript bindings for the Go methods bound in app.go.
BINDINGS := bin/.bindings-stamp
$(BINDINGS): $(GO_SOURCES) wails.json
	@mkdir -p bin
	CGO_ENABLED=0 go build -tags bindings -o bin/rolloutdesk-bindings .
	bin/rolloutdesk-bindings > bin/bindings.log 2>&1 || { cat bin/bindings.log; exit 1; }
	@touch $@

frontend/dist/index.html: $(NODE_STAMP) $(BINDINGS) $(FRONTEND_SRC)
	cd frontend && npm run build --silent

$(APP): frontend/dist/index.html $(GO_SOURCES)
	CGO_ENABLED=1 go build -trimpath -tags desktop,production,webkit2_41 -ldflags "$(LDFLAGS)" -o $(APP) .

# ---- tests ----------------------------------------------------------------

test: deps-test-system deps ## run every test: Go (race), bindings, Vitest, Playwright e2e, Xvfb smoke
	$(MAKE) --no-print-directory test-go test-bindings test-frontend test-e2e test-smoke
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
	@git -c core.fileMode=false diff --quiet -- frontend/wailsjs 2>/dev/null || { \
	  echo "frontend/wailsjs is out of date with app.go: commit the regenerated bindings"; git diff --stat -- frontend/wailsjs; exit 1; }

test-frontend: $(NODE_STAMP) $(BINDINGS)
	cd frontend && npx vitest run

XVFB := xvfb-run -a -s "-screen 0 1400x900x24"

FAKES := bin/fakeproviders
$(FAKES): $(GO_SOURCES)
	CGO_ENABLED=0 go build -o $@ ./backend/devtools/fakeproviders

test-e2e: $(WAILS) $(FAKES) frontend/dist/index.html
	cd frontend && WAILS=$(WAILS) FAKEPROVIDERS=$(CURDIR)/$(FAKES) $(XVFB) npx playwright test

test-smoke: $(APP)
	ROLLOUTDESK_BINARY=$(CURDIR)/$(APP) ROLLOUTDESK_SMOKE_SHOT=$(CURDIR)/build/smoke.png \
	  $(XVFB) go test -tags smoke -count=1 -v ./backend/smoke/

bench: ## run the benchmarks (figures go in docs/benchmarks.md)
	go test -run '^$$' -bench . -benchmem ./backend/...

clean:
	rm -rf build/bin bin/rolloutdesk-bindings $(BINDINGS) frontend/dist/assets frontend/dist/index.html
