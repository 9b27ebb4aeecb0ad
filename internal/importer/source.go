package importer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/debriefhq/debrief/internal/csvimport"
	"github.com/debriefhq/debrief/internal/ticket"
)

// Item is one ticket read from an import source, or why it could not be.
type Item struct {
	// Source names where the ticket was read: a file, file:line for JSON
	// Lines, or the CSV file.
	Source string
	Ticket *ticket.Ticket
	// Raw is the ticket as read, stored byte for byte.
	Raw []byte
	// Err says why the ticket could not be read; Ticket is nil then.
	Err error
}

// IsCSV tells whether path is read as a CSV export (and so needs a mapping).
func IsCSV(path string) bool { return strings.EqualFold(filepath.Ext(path), ".csv") }

// Each calls fn for every ticket in paths, in order: folders of JSON files
// (in file-name order), JSON files, JSON Lines files (.jsonl, .ndjson) and CSV
// exports (.csv, read with mapping). A ticket that cannot be read is passed
// to fn with its Err; an error from fn, or a source that cannot be opened,
// stops the reading and is returned.
func Each(paths []string, mapping *csvimport.Mapping, fn func(Item) error) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("importer: %w", err)
		}
		switch ext := strings.ToLower(filepath.Ext(p)); {
		case fi.IsDir():
			files, err := ticket.ListDir(p)
			if err != nil {
				return fmt.Errorf("importer: %w", err)
			}
			for _, f := range files {
				if err := fn(readJSON(f)); err != nil {
					return err
				}
			}
		case ext == ".jsonl" || ext == ".ndjson":
			if err := eachJSONLine(p, fn); err != nil {
				return err
			}
		case ext == ".csv":
			if mapping == nil {
				return fmt.Errorf("importer: %s is a CSV file and no column mapping was given", p)
			}
			if err := eachCSV(p, mapping, fn); err != nil {
				return err
			}
		default:
			if err := fn(readJSON(p)); err != nil {
				return err
			}
		}
	}
	return nil
}

func readJSON(path string) Item {
	data, err := os.ReadFile(path)
	if err != nil {
		return Item{Source: path, Err: err}
	}
	t, _, err := ticket.Parse(data, path)
	return Item{Source: path, Ticket: t, Raw: data, Err: err}
}

func eachCSV(path string, mapping *csvimport.Mapping, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("importer: %w", err)
	}
	defer f.Close()
	return csvimport.Read(f, mapping, path, func(r csvimport.Result) error {
		return fn(Item{Source: path, Ticket: r.Ticket, Raw: r.Raw, Err: r.Err})
	})
}

func eachJSONLine(path string, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("importer: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			src := fmt.Sprintf("%s:%d", path, line)
			t, _, perr := ticket.Parse(b, src)
			if err := fn(Item{Source: src, Ticket: t, Raw: b, Err: perr}); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("importer: %s: %w", path, err)
		}
	}
}
