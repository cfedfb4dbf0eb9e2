//go:build windows

package platform

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS ((DWORD)-1) for AttachConsole.
const attachParentProcess = ^uint32(0)

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// AttachParentConsole makes command-line output reach the terminal that
// started the program. The Windows release is linked as a GUI program
// (-H windowsgui) so that opening the app shows no console window; such a
// program starts without a console, and `rolloutdesk.exe version` typed in
// cmd.exe or PowerShell would print nothing. This attaches to the parent's
// console and points os.Stdout/os.Stderr (and os.Stdin) at it, leaving alone
// any stream that was redirected to a file or pipe. Started from Explorer
// there is no parent console and nothing changes.
func AttachParentConsole() {
	// Redirected streams are real handles already; keep them.
	stdout := usable(windows.STD_OUTPUT_HANDLE)
	stderr := usable(windows.STD_ERROR_HANDLE)
	stdin := usable(windows.STD_INPUT_HANDLE)
	if stdout && stderr && stdin {
		return
	}
	if r, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return // no parent console (started from Explorer), or already attached
	}
	if !stdout {
		if f := openConsole("CONOUT$", windows.GENERIC_READ|windows.GENERIC_WRITE, windows.STD_OUTPUT_HANDLE, "/dev/stdout"); f != nil {
			os.Stdout = f
		}
	}
	if !stderr {
		if f := openConsole("CONOUT$", windows.GENERIC_READ|windows.GENERIC_WRITE, windows.STD_ERROR_HANDLE, "/dev/stderr"); f != nil {
			os.Stderr = f
		}
	}
	if !stdin {
		if f := openConsole("CONIN$", windows.GENERIC_READ|windows.GENERIC_WRITE, windows.STD_INPUT_HANDLE, "/dev/stdin"); f != nil {
			os.Stdin = f
		}
	}
}

// usable reports whether a standard handle is open (a console, file or pipe).
func usable(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}

// openConsole opens the attached console's input or output buffer and makes
// it the process's standard handle std.
func openConsole(name string, access uint32, std uint32, label string) *os.File {
	path, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil
	}
	h, err := windows.CreateFile(path, access, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE,
		nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return nil
	}
	_ = windows.SetStdHandle(std, h)
	return os.NewFile(uintptr(h), label)
}
