package redact

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShareName(t *testing.T) {
	k1, k2 := []byte("key one"), []byte("key two")
	a := ShareName("CS-88123", "", k1)
	if a != ShareName("CS-88123", "", k1) {
		t.Error("not stable")
	}
	if !strings.HasPrefix(a, "redacted-") || len(a) != len("redacted-")+16 {
		t.Errorf("ShareName = %q, want redacted- and 16 hex digits", a)
	}
	for _, id := range []string{"CS-88123", "88123", "cs"} {
		if n := ShareName(id, "", k1); strings.Contains(strings.ToLower(n), strings.ToLower(id)) && len(id) > 2 {
			t.Errorf("ShareName(%q) = %q carries the id", id, n)
		}
	}
	if a == ShareName("CS-88124", "", k1) || a == ShareName("CS-88123", "", k2) {
		t.Error("different ids or keys give the same name")
	}
	if got := ShareName("CS-88123", "for-vendor", k1); got != "for-vendor" {
		t.Errorf("chosen name: %q", got)
	}
}

func TestShareKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), ShareKeyFile)
	k, err := ShareKey(path)
	if err != nil || len(k) != 32 {
		t.Fatalf("ShareKey = %x, %v", k, err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file %v, %v: want mode 0600", fi, err)
	}
	again, err := ShareKey(path)
	if err != nil || !bytes.Equal(again, k) {
		t.Errorf("second ShareKey = %x, %v: want the same key", again, err)
	}
	if _, err := ShareKey(filepath.Join(t.TempDir(), "missing", "key")); err == nil {
		t.Error("a key file in a missing folder: want an error")
	}
}
