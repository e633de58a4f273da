#!/usr/bin/env python3
"""Makes gia-lai-centred-libreoffice.pdf: the holdout plan ho-d as a PDF LibreOffice writes, with every
table cell centred vertically (as many provinces' Word tables are), so the key, the lead and the task
of a row start on different lines and only the table's rules say where a row begins. Needs
libreoffice-writer:
  python3 make-libreoffice-centred-pdf.py && soffice --headless --convert-to pdf:writer_pdf_Export gia-lai-centred.html \
    && mv gia-lai-centred.pdf gia-lai-centred-libreoffice.pdf
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
            out.append('<tr>' + ''.join('<td valign="middle">%s</td>' % html.escape(c) for c in lines[i].split('\t')) + '</tr>')
            i += 1
        out.append('</table>')
    else:
        out.append('<p>%s</p>' % html.escape(lines[i]))
        i += 1
out.append('</body></html>')
open('gia-lai-centred.html', 'w', encoding='utf8').write('\n'.join(out))
