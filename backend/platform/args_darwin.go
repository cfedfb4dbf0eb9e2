//go:build darwin

package platform

func cleanArgs(args []string) []string { return withoutProcessSerialNumber(args) }
