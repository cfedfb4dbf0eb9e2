// Command rolloutdesk is the Rollout Desk desktop app. With arguments it runs
// a command-line command instead of opening the window (see `rolloutdesk help`).
package main

import (
	"context"
	"embed"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"rolloutdesk/backend/cli"
	"rolloutdesk/backend/platform"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	args := platform.Args()
	if len(args) > 0 {
		// The Windows build has no console of its own (-H windowsgui); a
		// command prints to the terminal it was typed in.
		platform.AttachParentConsole()
	}
	os.Exit(cli.Execute(context.Background(), args, os.Stdout, os.Stderr, runGUI))
}

// runGUI opens the desktop window on the workspace in dataDir.
func runGUI(_ context.Context, dataDir string) error {
	app := NewApp(dataDir)
	return wails.Run(&options.App{
		Title:            "Rollout Desk",
		Width:            1280,
		Height:           820,
		MinWidth:         960,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 250, A: 1},
		OnStartup:        app.startup,
		OnShutdown:       app.shutdown,
		Bind:             []any{app},
		Linux: &linux.Options{
			Icon:        icon,
			ProgramName: "rolloutdesk",
			// Software rendering, as Wails picks when no Linux options are
			// given (wailsapp/wails#2977). Left at its zero value the policy
			// asks WebKit for hardware acceleration always (Wails v2.16 maps 0
			// to WEBKIT_HARDWARE_ACCELERATION_POLICY_ALWAYS), which without a
			// usable GPU means GL compositing on the CPU: 95 MiB more in the
			// web process and nearly twice the CPU time before the first
			// paint, for a UI of forms and tables that gains nothing from it.
			// See "Window footprint" in docs/benchmarks.md.
			WebviewGpuPolicy: linux.WebviewGpuPolicyNever,
		},
	})
}
