//go:build !windows

package platform

// AttachParentConsole does nothing outside Windows: the command line
// already writes to the terminal that started it.
func AttachParentConsole() {}
