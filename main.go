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
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	os.Exit(cli.Execute(context.Background(), os.Args[1:], os.Stdout, os.Stderr, runGUI))
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
		OnDomReady:       app.domReady,
		OnShutdown:       app.shutdown,
		Bind:             []any{app},
		Linux:            &linux.Options{Icon: icon, ProgramName: "rolloutdesk"},
	})
}
