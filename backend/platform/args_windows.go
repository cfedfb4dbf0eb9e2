//go:build windows

package platform

func cleanArgs(args []string) []string { return withoutCOMActivation(args) }
