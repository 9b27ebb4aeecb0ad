package exampletest

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
)

const snapshot = "../../../shared/data/mendeley-helpdesk/issues_snapshot_sample.xlsx"

// Issue is what the Mendeley issue snapshot says about one issue.
type Issue struct {
	Type     string // the export's own name: "Ticket", "Deployment", "HD Service"
	Priority string // Low, Medium, High, Highest, Blocker
}

// Snapshot reads issues_snapshot_sample.xlsx (an xlsx file is a zip of XML
// parts) into the type and priority of each issue id, from each issue's first
// row. It skips the test when the file is absent.
func Snapshot(tb testing.TB) map[string]Issue {
	tb.Helper()
	out, err := readSnapshot(snapshot)
	if err != nil {
		tb.Skipf("issue snapshot not available: %v", err)
	}
	return out
}

func readSnapshot(path string) (map[string]Issue, error) {
	z, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	part := func(name string) ([]byte, error) {
		for _, f := range z.File {
			if f.Name == name {
				r, err := f.Open()
				if err != nil {
					return nil, err
				}
				defer r.Close()
				return io.ReadAll(io.LimitReader(r, 64<<20))
			}
		}
		return nil, fmt.Errorf("xlsx: no part %s", name)
	}
	var sst struct {
		Items []struct {
			T    string `xml:"t"`
			Runs []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	data, err := part("xl/sharedStrings.xml")
	if err != nil {
		return nil, err
	}
	if err := xml.Unmarshal(data, &sst); err != nil {
		return nil, fmt.Errorf("xlsx: shared strings: %w", err)
	}
	strs := make([]string, len(sst.Items))
	for i, it := range sst.Items {
		s := it.T
		for _, r := range it.Runs {
			s += r.T
		}
		strs[i] = s
	}
	var sheet struct {
		Rows []struct {
			Cells []struct {
				Ref  string `xml:"r,attr"`
				Type string `xml:"t,attr"`
				V    string `xml:"v"`
			} `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if data, err = part("xl/worksheets/sheet1.xml"); err != nil {
		return nil, err
	}
	if err := xml.Unmarshal(data, &sheet); err != nil {
		return nil, fmt.Errorf("xlsx: sheet: %w", err)
	}
	var header map[string]string // column letter -> name
	out := map[string]Issue{}
	for ri, row := range sheet.Rows {
		cells := map[string]string{}
		for _, c := range row.Cells {
			col := strings.TrimRight(c.Ref, "0123456789")
			v := c.V
			if c.Type == "s" {
				i, err := strconv.Atoi(v)
				if err != nil || i < 0 || i >= len(strs) {
					return nil, fmt.Errorf("xlsx: cell %s: bad shared string %q", c.Ref, v)
				}
				v = strs[i]
			}
			cells[col] = v
		}
		if ri == 0 {
			header = map[string]string{}
			for col, name := range cells {
				header[name] = col
			}
			continue
		}
		id := strings.TrimSuffix(cells[header["id"]], ".0")
		if _, seen := out[id]; seen || id == "" {
			continue
		}
		out[id] = Issue{Type: strings.TrimSpace(cells[header["type"]]), Priority: strings.TrimSpace(cells[header["priority"]])}
	}
	return out, nil
}
