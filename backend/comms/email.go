package comms

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// emailStyles are the inline styles of an email's HTML part.
var emailStyles = map[string]string{
	"h1":         "font-size:24px;line-height:1.25;margin:0 0 16px",
	"h2":         "font-size:20px;line-height:1.3;margin:28px 0 12px",
	"h3":         "font-size:17px;line-height:1.3;margin:24px 0 8px",
	"p":          "margin:0 0 16px",
	"ul":         "margin:0 0 16px;padding-left:24px",
	"ol":         "margin:0 0 16px;padding-left:24px",
	"li":         "margin:0 0 4px",
	"a":          "color:#0b5cad;text-decoration:underline",
	"table":      "border-collapse:collapse;margin:0 0 16px;width:100%",
	"th":         "border:1px solid #d0d7de;padding:6px 10px;background:#f6f8fa;font-weight:600",
	"td":         "border:1px solid #d0d7de;padding:6px 10px",
	"blockquote": "margin:0 0 16px;padding:0 12px;border-left:4px solid #d0d7de;color:#57606a",
	"code":       "font-family:Consolas,Menlo,monospace;font-size:90%;background:#f6f8fa;padding:1px 4px",
	"pre":        "font-family:Consolas,Menlo,monospace;background:#f6f8fa;padding:12px;overflow:auto",
	"hr":         "border:0;border-top:1px solid #d0d7de;margin:24px 0",
	"img":        "max-width:100%;height:auto",
}

var emailPage = page("email", `{{template "head" .}}<body style="margin:0;padding:0;background:#f4f5f7">
<div style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff;color:#1f2328;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
{{.Body}}</div>
</body>
</html>
`)

// emailHTML is the HTML part of an email: the fragment, inline-styled, in a
// page.
func emailHTML(rd Rendered) ([]byte, error) {
	var b bytes.Buffer
	err := emailPage.Execute(&b, struct {
		pageHead
		Body template.HTML
	}{pageHead{Locale: rd.Locale, Title: rd.Title}, template.HTML(inlineStyles(rd.HTML, emailStyles))}) // sanitised by policy
	if err != nil {
		return nil, fmt.Errorf("%s: email page: %w", FileName(rd.Template), err)
	}
	return b.Bytes(), nil
}

// email writes an RFC 5322 message: multipart/alternative with the plain
// text and then the HTML part, both quoted-printable UTF-8. The MIME
// boundary is derived from the Message-ID, so equal inputs give equal bytes.
func (r *Renderer) email(rd Rendered, page []byte) ([]byte, error) {
	id := r.messageID(rd)
	sum := sha256.Sum256([]byte(id))
	// go-message writes header fields in the reverse order of setting.
	var h mail.Header
	h.SetContentType("multipart/alternative", map[string]string{"boundary": "rolloutdesk-" + hex.EncodeToString(sum[:12])})
	h.Set("Content-Language", rd.Locale)
	h.SetMessageID(id)
	h.SetDate(r.now())
	h.SetSubject(rd.Title)
	h.SetAddressList("From", []*mail.Address{r.from})
	var b bytes.Buffer
	w, err := message.CreateWriter(&b, h.Header)
	if err == nil {
		err = writePart(w, "text/plain", []byte(rd.Text))
	}
	if err == nil {
		err = writePart(w, "text/html", page)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("%s: write email: %w", FileName(rd.Template), err)
	}
	return b.Bytes(), nil
}

func writePart(w *message.Writer, contentType string, body []byte) error {
	var h mail.InlineHeader
	h.Set("Content-Transfer-Encoding", "quoted-printable")
	h.SetContentType(contentType, map[string]string{"charset": "utf-8"})
	pw, err := w.CreatePart(h.Header)
	if err != nil {
		return err
	}
	if _, err := pw.Write(body); err != nil {
		return err
	}
	return pw.Close()
}
