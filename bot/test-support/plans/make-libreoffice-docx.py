#!/usr/bin/env python3
"""Makes the holdout plan ho-d as LibreOffice writes it (real tables, LibreOffice's own styles and
attributes), so add-plan is tested on files no test helper of ours wrote. Each text line becomes a
paragraph; each run of tab-separated lines a table. Needs libreoffice-writer:
  gia-lai-libreoffice.docx:
    python3 make-libreoffice-docx.py && soffice --headless --convert-to 'docx:MS Word 2007 XML' gia-lai.html
  gia-lai-centred-libreoffice.pdf (every table cell centred vertically, as many provinces' Word tables
  are: the key, the lead and the task of a row start on different lines, and only the rules say where
  a row begins):
    python3 make-libreoffice-docx.py --centred && soffice --headless --convert-to pdf:writer_pdf_Export gia-lai-centred.html \\
      && mv gia-lai-centred.pdf gia-lai-centred-libreoffice.pdf
"""
import html
import sys

centred = '--centred' in sys.argv[1:]
cell = '<td valign="middle">%s</td>' if centred else '<td>%s</td>'
src = '../../../corpus/fixtures/plans/holdout/ho-d/plan.txt'
lines = open(src, encoding='utf8').read().split('\n')
out = ['<html><head><meta charset="utf-8"></head><body>']
i = 0
while i < len(lines):
    if '\t' in lines[i]:
        out.append('<table border="1">')
        while i < len(lines) and '\t' in lines[i]:
            out.append('<tr>' + ''.join(cell % html.escape(c) for c in lines[i].split('\t')) + '</tr>')
            i += 1
        out.append('</table>')
    else:
        out.append('<p>%s</p>' % html.escape(lines[i]))
        i += 1
out.append('</body></html>')
open('gia-lai-centred.html' if centred else 'gia-lai.html', 'w', encoding='utf8').write('\n'.join(out))
