package reader

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debriefhq/debrief/internal/mendeleysample"
	"github.com/debriefhq/debrief/internal/ticket"
	"github.com/debriefhq/debrief/internal/ticket/tickettest"
)

var readDump = flag.String("readdump", "", "write how every available ticket reads (Read with and without the model, and each sentence's words and scan) to this file: compare two dumps to show a change to reading's machinery changes no output")

// TestReadDump writes the dump -readdump asks for. The tickets are every issue
// of the Mendeley sample, every ticket of the styles sets, the postmortems'
// timelines and synthetic tickets; nothing is scored, so no held-out row is looked at.
func TestReadDump(t *testing.T) {
	if *readDump == "" {
		t.Skip("no -readdump")
	}
	var tks []*ticket.Ticket
	if sample, err := mendeleysample.ReadFile(mendeleysample.CSV, nil); err == nil {
		ids := make([]string, 0, len(sample))
		for id := range sample {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			tk, _ := buildTicket(id, sample[id])
			tks = append(tks, tk)
		}
	} else if !errors.Is(err, mendeleysample.ErrUnavailable) {
		t.Fatal(err)
	}
	dirs, _ := filepath.Glob("testdata/styles*")
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*"))
		for _, name := range files {
			raw, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if tk, _, err := ticket.Parse(raw, name); err == nil {
				tks = append(tks, tk)
			}
		}
	}
	if _, err := os.Stat(postmortems); err == nil {
		_, order := postmortemLabels(t)
		t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
		for _, file := range order {
			tk := &ticket.Ticket{ID: file, CreatedAt: t0}
			for i, text := range timelineRows(t, filepath.Join(postmortems, file)) {
				tk.Events = append(tk.Events, ticket.Event{At: t0.Add(time.Duration(i) * time.Hour), Kind: ticket.KindMessage,
					Role: ticket.RoleAgent, Public: true, Author: "oncall", Body: text})
			}
			tks = append(tks, tk)
		}
	}
	tks = append(tks, read200Ticket(), tickettest.Synthetic(1, 200), tickettest.Synthetic(7, 60))
	var b strings.Builder
	var buf [64]string
	var sc scan
	for _, tk := range tks {
		for _, o := range []*Options{nil, {rulesOnly: true}} {
			rd := Read(tk, o)
			fmt.Fprintf(&b, "ticket %s opening %d\n", tk.ID, rd.Opening)
			for _, m := range rd.Messages {
				fmt.Fprintf(&b, " message %d %v %s\n", m.Event, m.Automatic, m.Why)
				for _, s := range m.Sentences {
					fmt.Fprintf(&b, "  %d-%d %s %q\n", s.Start, s.End, s.Acts, s.Text)
					if o == nil {
						continue
					}
					ts := tokens(s.Text, buf[:0])
					scn := newScan(ts, &sc)
					fmt.Fprintf(&b, "   %q %v %v %v %d %d\n", ts, scn.pos, scn.n, scn.cls, scn.all, scn.trig)
				}
			}
		}
	}
	if err := os.WriteFile(*readDump, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tickets, %d bytes", len(tks), b.Len())
}
