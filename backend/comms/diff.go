package comms

import (
	"fmt"
	"strings"
)

// diffContext is how many unchanged lines a diff shows around a change.
const diffContext = 2

// LineDiff compares two texts line by line and shows what changed, as a
// unified diff without file headers: hunks starting "@@ -A,N +B,M @@",
// lines removed from before prefixed "-", lines added in after "+", and
// up to two unchanged lines around each change prefixed " ". It is ""
// when the texts are equal.
func LineDiff(before, after string) string {
	a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
	ops := diffOps(a, b)
	var out strings.Builder
	for start := 0; start < len(ops); {
		if ops[start].kind == ' ' {
			start++
			continue
		}
		from := max(0, start-diffContext)
		end := start
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			next := end
			for next < len(ops) && ops[next].kind == ' ' {
				next++
			}
			if next == len(ops) || next-end > 2*diffContext {
				break
			}
			end = next
		}
		to := min(len(ops), end+diffContext)
		writeHunk(&out, ops[from:to])
		start = to
	}
	return out.String()
}

// diffOp is one line of a diff: kept (' '), removed ('-') or added ('+'),
// with its line numbers in before and after (1-based; 0 when absent).
type diffOp struct {
	kind     byte
	line     string
	old, new int
}

// diffOps aligns a and b on a longest common subsequence of lines.
func diffOps(a, b []string) []diffOp {
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []diffOp
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, diffOp{' ', a[i], i + 1, j + 1})
			i, j = i+1, j+1
		case j == len(b) || i < len(a) && lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, diffOp{'-', a[i], i + 1, 0})
			i++
		default:
			ops = append(ops, diffOp{'+', b[j], 0, j + 1})
			j++
		}
	}
	return ops
}

// writeHunk writes ops under a header naming where they start and how
// many lines of each text they cover.
func writeHunk(out *strings.Builder, ops []diffOp) {
	oldStart, newStart, oldLen, newLen := 0, 0, 0, 0
	for _, op := range ops {
		if op.kind != '+' {
			oldLen++
			if oldStart == 0 {
				oldStart = op.old
			}
		}
		if op.kind != '-' {
			newLen++
			if newStart == 0 {
				newStart = op.new
			}
		}
	}
	fmt.Fprintf(out, "@@ -%d,%d +%d,%d @@\n", oldStart, oldLen, newStart, newLen)
	for _, op := range ops {
		out.WriteByte(op.kind)
		out.WriteString(op.line)
		out.WriteByte('\n')
	}
}
