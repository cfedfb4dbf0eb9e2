package secrets

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

func TestMemory(t *testing.T) {
	var m Memory
	if _, err := m.Get("smtp/office"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get on empty store: %v, want ErrNotFound", err)
	}
	if err := m.Set("smtp/office", "pass word"); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if got, err := m.Get("smtp/office"); err != nil || got != "pass word" {
		t.Fatalf("Get = %q, %v", got, err)
	}
	if err := m.Set("smtp/office", "pass\n"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Set with a newline: %v, want ErrInvalid", err)
	}
	if err := m.Delete("smtp/office"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if err := m.Delete("smtp/office"); err != nil {
		t.Fatalf("Delete again: %v", err)
	}
	if _, err := m.Get("smtp/office"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete: %v, want ErrNotFound", err)
	}
}

// TestMemoryConcurrent is for the race detector.
func TestMemoryConcurrent(t *testing.T) {
	var m Memory
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			account := ConnectionAccount(fmt.Sprint(i % 2))
			for range 50 {
				_ = m.Set(account, "token")
				_, _ = m.Get(account)
				_ = m.Delete(account)
			}
		})
	}
	wg.Wait()
}
