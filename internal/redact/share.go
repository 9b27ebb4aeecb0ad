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
)

// ShareName returns the file-name stem of a shareable (redacted) report of the
// ticket id, which must not carry the id that the content hides: chosen when the
// user chose one (the caller makes it safe as a file name); else "redacted-" and 16 hex digits
// of HMAC-SHA256(key, id). The opaque name is stable (the same id and key give the
// same name, so a report written again replaces its file) and says nothing of the
// id to whoever lacks the key; with an empty key it is a plain hash, which anyone
// who can guess ids can reverse. Append ".technical.md", ".executive.pdf" and so on.
func ShareName(id, chosen string, key []byte) string {
	if chosen != "" {
		return chosen
	}
	m := hmac.New(sha256.New, key)
	m.Write([]byte(id))
	return "redacted-" + hex.EncodeToString(m.Sum(nil))[:16]
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
