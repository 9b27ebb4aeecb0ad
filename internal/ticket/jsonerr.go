package ticket

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonErrorField names the field a decoding error concerns, with the index of
// every array on the way ("events[3].at"), where encoding/json says.
func jsonErrorField(err error, data []byte) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Field == "" {
		return ""
	}
	if p := valuePath(data, te.Offset); p != "" {
		return p
	}
	return te.Field
}

// pathFrame is one open object or array while walking a document.
type pathFrame struct {
	array   bool
	index   int    // arrays: the element being read
	key     string // objects: the member being read
	wantKey bool   // objects: the next token is a key
}

// valuePath names the value of data that encoding/json had just begun or
// read when it stopped at offset: a scalar ends there, an object or array
// starts just before it. It walks the tokens without recursion, so depth
// costs no stack; "" if no value is found there.
func valuePath(data []byte, offset int64) string {
	var stack []pathFrame
	path := func() string {
		var b strings.Builder
		for i, f := range stack {
			if f.array {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
				continue
			}
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		}
		return b.String()
	}
	// done moves the innermost container past the value just read.
	done := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				stack[n-1].wantKey = true
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if n := len(stack); n > 0 && stack[n-1].wantKey {
			if k, ok := tok.(string); ok {
				stack[n-1].key, stack[n-1].wantKey = k, false
				continue
			}
		}
		switch tok {
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			done()
			continue
		}
		// tok begins a value, whose path is the stack's.
		if dec.InputOffset() == offset {
			return path()
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, pathFrame{wantKey: true})
		case json.Delim('['):
			stack = append(stack, pathFrame{array: true})
		default:
			done()
		}
	}
}

func jsonErrorReason(err error, data []byte) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("wrong type: got JSON %s, want %s", te.Value, jsonTypeName(te.Type.String()))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset counts the bytes read up to and including the offending one.
		line, col := position(data, se.Offset-1)
		return fmt.Sprintf("invalid JSON at line %d, column %d: %v", line, col, se)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		line, col := position(data, int64(len(data)))
		return fmt.Sprintf("invalid JSON: the body ends at line %d, column %d before the ticket object does (cut short?)", line, col)
	}
	if errors.Is(err, io.EOF) {
		return "empty file: want a JSON ticket object"
	}
	return "invalid JSON: " + err.Error()
}

func jsonTypeName(goType string) string {
	switch {
	case strings.Contains(goType, "string"):
		return "a string"
	case goType == "bool" || goType == "*bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	default:
		return "an object"
	}
}

// position gives the 1-based line and column of the byte at offset.
func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := int64(0); i < offset && i < int64(len(data)); i++ {
		if data[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
