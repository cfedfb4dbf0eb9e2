package main

import (
	"reflect"
	"testing"
	"time"

	"rolloutdesk/backend/viewmodel"
)

// TestContractUsesViewModelsOnly enforces that every struct type the window
// sees — the parameters and results of App's bound methods and the event
// payloads, through fields, slices, maps and pointers — comes from the
// view-model package, so storage and service types stay out of the
// generated TypeScript. time.Time is allowed.
func TestContractUsesViewModelsOnly(t *testing.T) {
	vmPath := reflect.TypeFor[viewmodel.AppStatus]().PkgPath()
	app := reflect.TypeFor[*App]()
	if app.NumMethod() == 0 {
		t.Fatal("App binds no methods")
	}
	seen := map[reflect.Type]bool{}
	var check func(where string, typ reflect.Type)
	check = func(where string, typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			check(where, typ.Elem())
		case reflect.Map:
			check(where, typ.Key())
			check(where, typ.Elem())
		case reflect.Struct:
			if typ == reflect.TypeFor[time.Time]() {
				return
			}
			if typ.PkgPath() != vmPath {
				t.Errorf("%s uses %s, which is not a view model (package %s)", where, typ, vmPath)
				return
			}
			for f := range typ.Fields() {
				check(where+" → "+typ.Name()+"."+f.Name, f.Type)
			}
		}
	}
	for m := range app.Methods() {
		for i := 1; i < m.Type.NumIn(); i++ { // 0 is the receiver
			check("App."+m.Name+" parameter", m.Type.In(i))
		}
		for i := range m.Type.NumOut() {
			check("App."+m.Name+" result", m.Type.Out(i))
		}
	}
	for _, e := range viewmodel.Events() {
		check("event "+e.EventName(), reflect.TypeOf(e))
	}
}
