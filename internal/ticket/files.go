package ticket

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// MaxFileSize is the largest ticket file debrief reads (64 MiB): a guard against
// reading something that is not a ticket into memory.
const MaxFileSize = 64 << 20

// ReadFile reads and parses one ticket file.
func ReadFile(path string) (*Ticket, []Warning, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("ticket: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("ticket: %w", err)
	}
	if fi.Size() > MaxFileSize {
		return nil, nil, &FieldError{File: path, Reason: fmt.Sprintf("file is %d bytes, more than the %d a ticket may have", fi.Size(), MaxFileSize)}
	}
	data := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, nil, fmt.Errorf("ticket: %s: %w", path, err)
	}
	return Parse(data, path)
}

// ListDir returns the paths of the ticket files (*.json) in dir and its
// subfolders, in path order. Files and folders whose names start with a dot are
// skipped.
func ListDir(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(name), ".json") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ticket: %w", err)
	}
	slices.Sort(paths)
	return paths, nil
}

// Inputs expands command-line arguments into ticket files: a file stands for
// itself, a folder for the ticket files inside it (in file-name order).
func Inputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("ticket: %w", err)
		}
		if !fi.IsDir() {
			out = append(out, a)
			continue
		}
		paths, err := ListDir(a)
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("ticket: %s: no ticket files (*.json) in this folder", a)
		}
		out = append(out, paths...)
	}
	return out, nil
}
