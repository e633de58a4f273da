#!/usr/bin/env python3
"""Makes gia-lai-libreoffice.docx: the holdout plan ho-d as LibreOffice writes a Word file (real tables,
LibreOffice's own styles and attributes), so add-plan is tested on a DOCX no test helper of ours wrote.
Each text line becomes a paragraph; each run of tab-separated lines a table. Needs libreoffice-writer:
  python3 make-libreoffice-docx.py && soffice --headless --convert-to 'docx:MS Word 2007 XML' gia-lai.html
"""
import html

src = '../../../corpus/fixtures/plans/holdout/ho-d/plan.txt'
lines = open(src, encoding='utf8').read().split('\n')
out = ['<html><head><meta charset="utf-8"></head><body>']
i = 0
while i < len(lines):
    if '\t' in lines[i]:
        out.append('<table border="1">')
        while i < len(lines) and '\t' in lines[i]:
            out.append('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in lines[i].split('\t')) + '</tr>')
            i += 1
        out.append('</table>')
    else:
        out.append('<p>%s</p>' % html.escape(lines[i]))
        i += 1
out.append('</body></html>')
open('gia-lai.html', 'w', encoding='utf8').write('\n'.join(out))
