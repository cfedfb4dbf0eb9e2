// Package calendar lays out a release's communication calendar, what goes
// out when and on which channel for each phase (Build), and exports it as
// an iCalendar file of all-day events (WriteICS) that calendar apps can
// import again and again without duplicating events.
package calendar
