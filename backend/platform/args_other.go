//go:build !darwin && !windows

package platform

func cleanArgs(args []string) []string { return args }
