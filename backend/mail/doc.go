// Package mail sends a message over SMTP, for the "send test email" action:
// it connects with implicit TLS or STARTTLS (or, to localhost only, in
// plaintext), logs in with AUTH PLAIN or LOGIN, and reports for every
// recipient whether the server accepted it.
//
// The SMTP password never lives in Settings or in the database: it is kept
// in the OS keyring under secrets.SMTPAccount(name) and read with Password
// just before Send. No error returned by this package contains it.
//
// Rollout Desk never sends a password over an unencrypted connection to
// another machine: Settings.Validate refuses a username with security "none"
// unless the host is localhost, 127.0.0.1 or ::1, and a server that does not
// offer STARTTLS when security is "starttls" ends the attempt instead of
// falling back to plaintext.
package mail
