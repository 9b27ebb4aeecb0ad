package office

import (
	"embed"
	"io/fs"
	"regexp"
	"strconv"
	"text/template"
)

// The static XML parts of DOCX and ODT, and the static parts of the
// generated ones, live under parts/ as text/template files, one element
// per line for review. Line breaks and the indentation after them are
// removed when the templates load, so the output stays compact. Every
// value given to them is either a number or text already escaped with
// xmlText.
//
//go:embed parts/*.xml
var partFiles embed.FS

// MM100 formats hundredths of a millimetre as an ODF length.
func MM100(v int) string { return strconv.FormatFloat(float64(v)/1000, 'f', 3, 64) + "cm" }

// partLineBreak is a line break with the indentation of the next line.
var partLineBreak = regexp.MustCompile(`\n[ \t]*`)

var Parts = loadParts()

func loadParts() *template.Template {
	root := template.New("").Funcs(template.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"mul":   func(a, b int) int { return a * b },
		"mm100": MM100,
		"list":  func(s ...string) []string { return s },
	})
	names, err := fs.Glob(partFiles, "parts/*.xml")
	if err != nil {
		panic(err)
	}
	for _, name := range names {
		src, err := partFiles.ReadFile(name)
		if err != nil {
			panic(err)
		}
		text := partLineBreak.ReplaceAllString(string(src), "")
		template.Must(root.New(name[len("parts/"):]).Parse(text))
	}
	return root
}
