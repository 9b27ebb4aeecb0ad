package redact

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// ShareName returns the file-name stem of a shareable (redacted) report of the
// ticket id, which must not carry the id that the content hides: chosen, made
// safe as a file name, when the user chose one; else "redacted-" and 16 hex digits
// of HMAC-SHA256(key, id). The opaque name is stable (the same id and key give the
// same name, so a report written again replaces its file) and says nothing of the
// id to whoever lacks the key; with an empty key it is a plain hash, which anyone
// who can guess ids can reverse. Append ".technical.md", ".executive.pdf" and so on.
func ShareName(id, chosen string, key []byte) string {
	if s := safeStem(chosen); s != "" {
		return s
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(id))
	return "redacted-" + hex.EncodeToString(m.Sum(nil))[:16]
}

// safeStem keeps the letters, digits, '-', '_' and '.' of s (others become '_'),
// without leading dots or path separators.
func safeStem(s string) string {
	s = strings.TrimSpace(s)
	out := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, s)
	return strings.TrimLeft(out, "._")
}

// ShareKeyFile is the name of the key file ShareKey keeps in a reports folder.
const ShareKeyFile = ".debrief-share-key"

// ShareKey returns the key of ShareName kept in the file at path, making a random
// one (readable by its owner only) the first time, so that the names stay the same
// from run to run in that folder.
func ShareKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil && len(b) >= 16 {
		return b, nil
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("redact: read share key: %w", err)
	}
	key := make([]byte, 32)
	rand.Read(key)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return ShareKey(path) // made meanwhile by another run
	}
	if err != nil {
		return nil, fmt.Errorf("redact: create share key: %w", err)
	}
	if _, err := f.Write(key); err != nil {
		f.Close()
		return nil, fmt.Errorf("redact: write share key: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("redact: write share key: %w", err)
	}
	return key, nil
}
