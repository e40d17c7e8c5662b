<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>qdadesk</name>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>QDA Desk on the command line: projects, documents, codes, segments.</source>
            <translation>QDA Desk di baris perintah: proyek, dokumen, kode, segmen.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>language of the messages: en or id (default: the system's)</source>
            <translation>bahasa pesan: en atau id (bawaan: bahasa sistem)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>{path}: the project file is damaged (a text is not valid UTF-8); run check</source>
            <translation>{path}: berkas proyek rusak (sebuah teks bukan UTF-8 yang sah); jalankan check</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>interrupted</source>
            <translation>dihentikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>not enough memory for this command; close other programs or narrow it (fewer documents, --document, --where)</source>
            <translation>memori tidak cukup untuk perintah ini; tutup program lain atau persempit cakupannya (lebih sedikit dokumen, --document, --where)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/cli/displays.py" />
            <source>{path}: cannot write ({error})</source>
            <translation>{path}: tidak dapat menulis ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>standard output</source>
            <translation>keluaran standar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>a number is too large (whole numbers run to {limit})</source>
            <translation>sebuah angka terlalu besar (bilangan bulat paling besar {limit})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <location filename="../../qdadesk/cli/basic.py" />
            <source>qdadesk-cli: error: {message}</source>
            <translation>qdadesk-cli: kesalahan: {message}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>an argument is not valid UTF-8 text (check the terminal's encoding)</source>
            <translation>sebuah argumen bukan teks UTF-8 yang sah (periksa pengodean karakter terminal)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>{path}: cannot write (the disk is full)</source>
            <translation>{path}: tidak dapat menulis (disk penuh)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>internal error: {kind}: {error}</source>
            <translation>kesalahan internal: {kind}: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/__init__.py" />
            <source>{path}: the project file is damaged ({error}); run check</source>
            <translation>{path}: berkas proyek rusak ({error}); jalankan check</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>Compare two coders' codings. Levels: presence (a document has the code from both), frequency (both coded it equally often there), segment (the other coder has a segment of the code whose |intersection|/|union| with it is at least --overlap percent). Also paragraph x code ratings with Cohen's kappa and Krippendorff's alpha. With --other, coder A is read from PROJECT and coder B from PROJECT2 (documents matched by GUID, then by identical text; codes by GUID, then by path; documents without a match are left out and named on stderr). The user guide (agreement) defines every figure.</source>
            <translation>Membandingkan pengodean dua pengode. Tingkat: presence (sebuah dokumen memuat kode itu dari kedua pengode), frequency (keduanya mengodekannya sama sering di sana), segment (pengode lain memiliki segmen kode itu yang |irisan|/|gabungan|-nya dengan segmen ini paling sedikit --overlap persen). Juga penilaian paragraf × kode dengan kappa Cohen dan alfa Krippendorff. Dengan --other, pengode A dibaca dari PROJECT dan pengode B dari PROJECT2 (dokumen dicocokkan menurut GUID, lalu menurut teks yang identik; kode menurut GUID, lalu menurut jalur; dokumen tanpa pasangan tidak disertakan dan disebutkan di stderr). Panduan pengguna (agreement) mendefinisikan setiap angka.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>intercoder agreement of two coders</source>
            <translation>kesepakatan antarpengode dari dua pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>the two coders' names</source>
            <translation>nama kedua pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>read coder B from this project file (coder A from PROJECT)</source>
            <translation>baca pengode B dari berkas proyek ini (pengode A dari PROJECT)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>segment level: least |intersection|/|union| in percent (default 90)</source>
            <translation>tingkat segmen: |irisan|/|gabungan| paling kecil dalam persen (bawaan 90)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>only these codes in the table (repeatable; default: every code either used)</source>
            <translation>hanya kode-kode ini dalam tabel (dapat diulang; bawaan: setiap kode yang dipakai salah satu pengode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>count each --code's subcodes' segments as that code's</source>
            <translation>hitung segmen subkode dari setiap --code sebagai segmen kode itu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/cli/search.py" />
            <location filename="../../qdadesk/cli/segments.py" />
            <source>only these documents (repeatable)</source>
            <translation>hanya dokumen-dokumen ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/cli/output.py" />
            <source>write to FILE, not stdout</source>
            <translation>tulis ke FILE, bukan ke stdout</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraphs by code</source>
            <translation>Paragraf menurut kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Disagreements</source>
            <translation>Ketidaksepakatan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <location filename="../../qdadesk/cli/output.py" />
            <source>--format xlsx needs -o FILE</source>
            <translation>--format xlsx memerlukan -o FILE</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>Codes ({level})</source>
            <translation>Kode ({level})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/agreement.py" />
            <source>qdadesk-cli: left out (no matching document in {path}): {names}</source>
            <translation>qdadesk-cli: tidak disertakan (tidak ada dokumen yang cocok di {path}): {names}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>create an empty project</source>
            <translation>buat proyek kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>import documents (txt, docx, odt, rtf, html, md, pdf) and pictures (png, jpg, gif, tif, webp, bmp, svg)</source>
            <translation>impor dokumen (txt, docx, odt, rtf, html, md, pdf) dan gambar (png, jpg, gif, tif, webp, bmp, svg)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>document group (Parent\Child), created if missing</source>
            <translation>kelompok dokumen (Induk\Anak), dibuat bila belum ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>join hard-wrapped lines inside paragraphs (blank-line paragraphs, speaker turns and list items stay apart)</source>
            <translation>gabungkan baris yang terpotong di dalam paragraf (paragraf berbaris kosong, giliran penutur, dan butir daftar tetap terpisah)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>list documents with their type (text, pdf, picture) and pages</source>
            <translation>daftar dokumen beserta jenisnya (text, pdf, picture) dan halamannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>print a document's stored plain text</source>
            <translation>cetak teks polos dokumen yang tersimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>add or list codes</source>
            <translation>tambah atau daftar kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>add a code (missing parents are created)</source>
            <translation>tambah kode (induk yang belum ada akan dibuat)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>e.g. Barriers\Cost</source>
            <translation>mis. Hambatan\Biaya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>#RRGGBB</source>
            <translation>#RRGGBB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>list codes with their segment counts</source>
            <translation>daftar kode beserta jumlah segmennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>code a stretch of a document</source>
            <translation>kodekan satu bentangan teks dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>first character (from 0)</source>
            <translation>karakter pertama (mulai 0)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>character after the last</source>
            <translation>karakter sesudah yang terakhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <location filename="../../qdadesk/cli/regions.py" />
            <source>coder name (default: your user name)</source>
            <translation>nama pengode (bawaan: nama pengguna Anda)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>set or list document variables</source>
            <translation>atur atau daftar variabel dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>set a document's variable value</source>
            <translation>atur nilai variabel sebuah dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>type of a new variable (text)</source>
            <translation>tipe variabel baru (text)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>every document with its values</source>
            <translation>setiap dokumen beserta nilainya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>check the project's integrity and offsets</source>
            <translation>periksa keutuhan proyek dan posisi karakternya</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/basic.py" />
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{n} character</source>
            <comment>{n} characters</comment>
            <translation>
                <numerusform>{n} karakter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/basic.py" />
            <source>{n} page</source>
            <comment>{n} pages</comment>
            <translation>
                <numerusform>{n} halaman</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>imported {name} ({characters})</source>
            <translation>{name} diimpor ({characters})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>created {project}</source>
            <translation>{project} dibuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>imported {name} (picture, {width} × {height} pixels)</source>
            <translation>{name} diimpor (gambar, {width} × {height} piksel)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>imported {name} (PDF, {pages}, {characters})</source>
            <translation>{name} diimpor (PDF, {pages}, {characters})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>note: a leftover journal from an interrupted write was found and rolled back; the project is as it was at its last completed change</source>
            <translation>catatan: jurnal sisa dari penulisan yang terputus ditemukan dan dibatalkan; proyek kembali seperti pada perubahan terakhir yang selesai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>coded {document} {start}-{end} with {code}</source>
            <translation>{document} {start}-{end} dikodekan dengan {code}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/basic.py" />
            <source>note: {name}: {note}</source>
            <translation>catatan: {name}: {note}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/common.py" />
            <source>the .qdadesk project file</source>
            <translation>berkas proyek .qdadesk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>code matrix: codes x documents, groups, sets or variable values</source>
            <translation>matriks kode: kode x dokumen, kelompok, set, atau nilai variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>Code Matrix Browser as a table. Rows are code paths (first column 'code'); columns are documents, groups, sets or the values of a variable. No totals unless --totals.</source>
            <translation>Penjelajah Matriks Kode sebagai tabel. Baris adalah jalur kode (kolom pertama 'code'); kolom adalah dokumen, kelompok, set, atau nilai sebuah variabel. Tanpa total kecuali dengan --totals.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>what the columns are (default: documents)</source>
            <translation>isi kolom (bawaan: documents)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>cell value (presence is 1 or 0; default: count)</source>
            <translation>nilai sel (kehadiran bernilai 1 atau 0; bawaan: count)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>a code's row adds its subcodes' segments</source>
            <translation>baris sebuah kode ikut menjumlahkan segmen subkodenya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>add a Total row and column</source>
            <translation>tambahkan baris dan kolom Total</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>code relations: codes x codes, co-occurring segment pairs</source>
            <translation>relasi kode: kode x kode, pasangan segmen yang muncul bersama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>Code Relations Browser as a square table (first column 'code', then one column per code path). A cell counts pairs of segments of the two codes in the same document that overlap (touching segments do not), lie within N characters, or share a paragraph (a line of the text). The diagonal is the code's number of segments.</source>
            <translation>Penjelajah Relasi Kode sebagai tabel persegi (kolom pertama 'code', lalu satu kolom per jalur kode). Sebuah sel menghitung pasangan segmen dari dua kode dalam dokumen yang sama yang tumpang tindih (segmen yang hanya bersentuhan tidak dihitung), berjarak paling jauh N karakter, atau berada dalam paragraf yang sama (satu baris teks). Diagonal berisi jumlah segmen kode itu.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>when two segments meet (default: overlap)</source>
            <translation>kapan dua segmen dianggap bertemu (bawaan: overlap)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>codes x the values of a document variable</source>
            <translation>kode x nilai sebuah variabel dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>For each value of the variable: segments, %% segments (of the column's segments), documents with the code, %% documents (of the column's documents).</source>
            <translation>Untuk setiap nilai variabel: segmen, %% segmen (dari segmen kolom itu), dokumen yang memuat kode, %% dokumen (dari dokumen kolom itu).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>codes by number of segments and documents</source>
            <translation>kode menurut jumlah segmen dan dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>compute a saved Miles &amp; Huberman display and export it</source>
            <translation>hitung penyajian data Miles &amp; Huberman yang tersimpan lalu ekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>Recompute the saved display NAME from the current coding and write it as a Word table (docx), a workbook (xlsx), CSV or JSON.</source>
            <translation>Hitung ulang penyajian data tersimpan NAME dari pengodean saat ini dan tulis sebagai tabel Word (docx), buku kerja (xlsx), CSV, atau JSON.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>save a Miles &amp; Huberman display definition by name</source>
            <translation>simpan definisi penyajian data Miles &amp; Huberman dengan sebuah nama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>Save a display from options or a JSON definition file (keys: rows, columns, cells, codes, include_subcodes, order_rows, descending, only_activated_documents, only_activated_codes, title, group_columns). Axes: codes, subcodes:PATH, documents, groups, cases, variable:NAME, period:NAME:month|quarter|year. Cells: count, presence, documents, mean-weight, summary, rated-summary (the summary led by its rating as the evaluative word), rating, best-quote, quotes, paraphrases, checklist, triangulation. --group-columns groups code columns under their parent codes (two header rows, merged in DOCX and XLSX). A conceptually clustered matrix: --rows documents (or cases) --columns codes --cells rated-summary --group-columns, with --code for each theme.</source>
            <translation>Simpan penyajian data dari opsi atau dari berkas definisi JSON (kunci: rows, columns, cells, codes, include_subcodes, order_rows, descending, only_activated_documents, only_activated_codes, title, group_columns). Sumbu: codes, subcodes:PATH, documents, groups, cases, variable:NAME, period:NAME:month|quarter|year. Sel: count, presence, documents, mean-weight, summary, rated-summary (ringkasan diawali penilaiannya sebagai kata evaluatif), rating, best-quote, quotes, paraphrases, checklist, triangulation. --group-columns mengelompokkan kolom kode di bawah kode induknya (dua baris judul, digabung dalam DOCX dan XLSX). Matriks berkelompok konseptual: --rows documents (atau cases) --columns codes --cells rated-summary --group-columns, dengan --code untuk setiap tema.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>read the definition from FILE</source>
            <translation>baca definisi dari FILE</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>row axis (default: codes)</source>
            <translation>sumbu baris (bawaan: codes)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>column axis (default: groups)</source>
            <translation>sumbu kolom (bawaan: groups)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>cell content (default: count)</source>
            <translation>isi sel (bawaan: count)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>limit the code axis to these codes (repeatable)</source>
            <translation>batasi sumbu kode pada kode-kode ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>group code columns under their parent codes (codes must be the columns)</source>
            <translation>kelompokkan kolom kode di bawah kode induknya (kode harus menjadi kolom)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>draw a document chart or the code frequencies as SVG</source>
            <translation>gambar bagan dokumen atau frekuensi kode sebagai SVG</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>Document Portrait or Codeline of one document, Document Comparison Chart of several (default: all), or a bar chart of code frequencies, as an SVG picture (to FILE with -o, else to stdout).</source>
            <translation>Potret Dokumen atau Garis Kode dari satu dokumen, Bagan Perbandingan Dokumen dari beberapa dokumen (bawaan: semua), atau diagram batang frekuensi kode, sebagai gambar SVG (ke FILE dengan -o, jika tidak ke stdout).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>the document (repeatable for comparison)</source>
            <translation>dokumen (dapat diulang untuk perbandingan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>only this code (repeatable; with its subcodes)</source>
            <translation>hanya kode ini (dapat diulang; beserta subkodenya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>list the saved displays</source>
            <translation>daftar penyajian data yang tersimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>only this document (repeatable)</source>
            <translation>hanya dokumen ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <location filename="../../qdadesk/cli/maps.py" />
            <source>--format {format} needs -o FILE</source>
            <translation>--format {format} memerlukan -o FILE</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>{path}: a display definition is a JSON object</source>
            <translation>{path}: definisi penyajian data berupa objek JSON</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>{path}: cannot read ({error})</source>
            <translation>{path}: tidak dapat dibaca ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>{path}: not valid JSON ({error})</source>
            <translation>{path}: bukan JSON yang sah ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/displays.py" />
            <source>{kind} draws one document: give --document NAME once</source>
            <translation>{kind} menggambar satu dokumen: berikan --document NAME satu kali</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>export the project as REFI-QDA (.qdpx project or .qdc codebook)</source>
            <translation>ekspor proyek sebagai REFI-QDA (proyek .qdpx atau buku kode .qdc)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>qdpx: the whole project; qdc: the code book only; qdadesk: a part of the project for a team member (with --document/--group), merged back with 'merge'</source>
            <translation>qdpx: seluruh proyek; qdc: hanya buku kode; qdadesk: sebagian proyek untuk anggota tim (dengan --document/--group), digabungkan kembali dengan 'merge'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>only this document, with its codings and memos (repeatable): for a team member</source>
            <translation>hanya dokumen ini, beserta pengodean dan memonya (dapat diulang): untuk anggota tim</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>only the documents of this document group (repeatable)</source>
            <translation>hanya dokumen dalam kelompok dokumen ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>with --document/--group: only the codes those documents use (default: all codes)</source>
            <translation>dengan --document/--group: hanya kode yang dipakai dokumen-dokumen itu (bawaan: semua kode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>file to write</source>
            <translation>berkas yang akan ditulis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>write CRLF line ends, positions counted over them (for NVivo, MAXQDA)</source>
            <translation>tulis akhir baris CRLF, posisi dihitung termasuk akhir baris itu (untuk NVivo, MAXQDA)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>print the report as JSON</source>
            <translation>cetak laporan sebagai JSON</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>create a project from a REFI-QDA .qdpx (or .qde) file</source>
            <translation>buat proyek dari berkas REFI-QDA .qdpx (atau .qde)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>the .qdpx or .qde file</source>
            <translation>berkas .qdpx atau .qde</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>the new .qdadesk project to create</source>
            <translation>proyek .qdadesk baru yang akan dibuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>merge a codebook (.qdc, or Taguette .csv) into a project</source>
            <translation>gabungkan buku kode (.qdc, atau .csv Taguette) ke dalam proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>the .qdc or .csv file</source>
            <translation>berkas .qdc atau .csv</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>--format qdadesk writes a part of the project: name --document or --group</source>
            <translation>--format qdadesk menulis sebagian proyek: sebutkan --document atau --group</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <location filename="../../qdadesk/core/exchange/subset.py" />
            <source>{path}: the folder does not exist</source>
            <translation>{path}: folder tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>--document and --group need --format qdpx or qdadesk</source>
            <translation>--document dan --group memerlukan --format qdpx atau qdadesk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>qdadesk-cli: note: --crlf has no effect on a codebook</source>
            <translation>qdadesk-cli: catatan: --crlf tidak berpengaruh pada buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/exchange.py" />
            <source>{path}: the file name must end in {suffix} for --format {format}</source>
            <translation>{path}: nama berkas harus berakhiran {suffix} untuk --format {format}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>usage: </source>
            <translation>penggunaan: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>positional arguments</source>
            <translation>argumen posisi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>options</source>
            <translation>opsi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>show this help message and exit</source>
            <translation>tampilkan pesan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>show program's version number and exit</source>
            <translation>tampilkan nomor versi program lalu keluar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: kesalahan: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diisi: %s</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak sah: %(value)r</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>expected one argument</source>
            <translation>diharapkan satu argumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>expected at least one argument</source>
            <translation>diharapkan paling sedikit satu argumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>expected at most one argument</source>
            <translation>diharapkan paling banyak satu argumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsi ambigu: %(option)s dapat cocok dengan %(matches)s</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>not allowed with argument %s</source>
            <translation>tidak diizinkan bersama argumen %s</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/language.py" />
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diisi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>list the project's maps</source>
            <translation>daftar peta dalam proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>The project's maps: name, model (empty: drawn by hand), nodes, links.</source>
            <translation>Peta dalam proyek: nama, model (kosong: digambar manual), simpul, tautan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>render a saved map (svg, png, pdf, json, xlsx) without a screen</source>
            <translation>render peta yang tersimpan (svg, png, pdf, json, xlsx) tanpa layar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>Render a saved map. JSON: {nodes: [{id, kind, label, ref, x, y}], links: [{from, to, label, sign, weight}]} with ref the code path, document name or memo title. XLSX: nodes, links and the evidence (segments attached to links). SVG, PNG and PDF show the layers that are switched on.</source>
            <translation>Merender peta yang tersimpan. JSON: {nodes: [{id, kind, label, ref, x, y}], links: [{from, to, label, sign, weight}]} dengan ref berupa jalur kode, nama dokumen, atau judul memo. XLSX: simpul, tautan, dan bukti (segmen yang dilekatkan pada tautan). SVG, PNG, dan PDF menampilkan lapisan yang sedang aktif.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>the map's name</source>
            <translation>nama peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>the file (json, svg: or stdout)</source>
            <translation>berkas (json, svg: atau stdout)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>PNG size relative to the map (default: 2)</source>
            <translation>ukuran PNG relatif terhadap peta (bawaan: 2)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>create or refresh a map generated from the coding</source>
            <translation>buat atau perbarui peta yang dihasilkan dari pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>Create the map NAME from a model, or refresh it when it exists (your positions and the nodes and links you added are kept). Models: code-relations (codes linked by overlapping segments, --min co-occurrences), code-subcodes, single-case (--document or --case), code-theory (--code), two-case (two --document/--case), causal-network (the codes of a saved --display in its order, or --code in causal order: directed links where their segments meet, with signs and evidence).</source>
            <translation>Membuat peta NAME dari sebuah model, atau memperbaruinya jika sudah ada (posisi Anda serta simpul dan tautan yang Anda tambahkan tetap dipertahankan). Model: code-relations (kode yang ditautkan oleh segmen yang tumpang tindih, kemunculan bersama paling sedikit --min), code-subcodes, single-case (--document atau --case), code-theory (--code), two-case (dua --document/--case), causal-network (kode dari --display yang tersimpan sesuai urutannya, atau --code dalam urutan kausal: tautan berarah di tempat segmen-segmennya bertemu, dengan tanda dan bukti).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>code-relations: fewest co-occurrences</source>
            <translation>code-relations: jumlah kemunculan bersama paling sedikit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>strongest segments per code to show</source>
            <translation>jumlah segmen terkuat per kode yang ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>causal-network: a saved display's codes and values</source>
            <translation>causal-network: kode dan nilai dari penyajian data yang tersimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>causal-network: where segments meet: paragraph (default), overlap, distance:N</source>
            <translation>causal-network: kapan segmen dianggap bertemu: paragraph (bawaan), overlap, distance:N</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>lay out a map (force-directed or hierarchical left to right)</source>
            <translation>atur tata letak peta (berbasis gaya atau hierarkis dari kiri ke kanan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>Place a map's nodes. Positions you set are kept unless --all.</source>
            <translation>Menempatkan simpul peta. Posisi yang Anda atur tetap dipertahankan kecuali dengan --all.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>also move the nodes you placed</source>
            <translation>pindahkan juga simpul yang Anda tempatkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>Map '{name}': {nodes} nodes, {links} links</source>
            <translation>Peta '{name}': {nodes} simpul, {links} tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/maps.py" />
            <source>--scale is between 0 and 20</source>
            <translation>--scale bernilai antara 0 dan 20</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/output.py" />
            <source>output format (default: a table on a terminal, JSON otherwise)</source>
            <translation>format keluaran (bawaan: tabel di terminal, selain itu JSON)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/output.py" />
            <source>qdadesk-cli: note: {n} cell was longer than Excel allows ({limit} characters) and was cut</source>
            <comment>qdadesk-cli: note: {n} cells were longer than Excel allows ({limit} characters) and were cut</comment>
            <translation>
                <numerusform>qdadesk-cli: catatan: {n} sel lebih panjang daripada batas Excel ({limit} karakter) dan dipotong</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>paraphrases of passages: list, add, edit, remove, categorize, matrix</source>
            <translation>parafrasa bagian teks: list, add, edit, remove, categorize, matrix</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>Paraphrases (MAXQDA's Paraphrase mode): a short rewording of a passage. Paraphrases of one document do not overlap.</source>
            <translation>Parafrasa (mode Parafrasa MAXQDA): pengungkapan ulang singkat sebuah bagian teks. Parafrasa dalam satu dokumen tidak saling tumpang tindih.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>every paraphrase with its passage</source>
            <translation>setiap parafrasa beserta bagian teksnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>only this document's</source>
            <translation>hanya milik dokumen ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>paraphrase a passage of a document</source>
            <translation>buat parafrasa untuk bagian teks sebuah dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>the paraphrase</source>
            <translation>parafrasanya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>change a paraphrase's text</source>
            <translation>ubah teks parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>remove paraphrases</source>
            <translation>hapus parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>code the paraphrased passages with a category code (created when missing)</source>
            <translation>kodekan bagian teks yang diparafrasakan dengan kode kategori (dibuat bila belum ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>the Paraphrases Matrix: documents or groups as columns</source>
            <translation>Matriks Parafrasa: dokumen atau kelompok sebagai kolom</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>{n} paraphrase removed</source>
            <comment>{n} paraphrases removed</comment>
            <translation>
                <numerusform>{n} parafrasa dihapus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>paraphrase {id} added to {document} {start}-{end}</source>
            <translation>parafrasa {id} ditambahkan ke {document} {start}-{end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/paraphrases.py" />
            <source>{n} passage coded with {code}</source>
            <comment>{n} passages coded with {code}</comment>
            <translation>
                <numerusform>{n} bagian teks dikodekan dengan {code}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>complex coding query; the first code's segments are tested against the others</source>
            <translation>kueri pengodean kompleks; segmen kode pertama diuji terhadap kode-kode lainnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>two or more codes; the first is the one whose segments are tested</source>
            <translation>dua kode atau lebih; kode pertama adalah kode yang segmennya diuji</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>for followed-by and near (default 0)</source>
            <translation>untuk followed-by dan near (bawaan 0)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>each code stands for itself and its subcodes</source>
            <translation>setiap kode mewakili dirinya sendiri dan subkodenya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>code the results with this code (created if missing)</source>
            <translation>kodekan hasilnya dengan kode ini (dibuat bila belum ada)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/query.py" />
            <location filename="../../qdadesk/cli/search.py" />
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>{n} segment</source>
            <comment>{n} segments</comment>
            <translation>
                <numerusform>{n} segmen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>Modes: {modes}. See resources/help/queries.md (Help → User Guide).</source>
            <translation>Mode: {modes}. Lihat resources/help/queries.md (Bantuan → Panduan Pengguna).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>one of: {modes}</source>
            <translation>salah satu dari: {modes}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/query.py" />
            <source>coded {segments} with {code} ({new} new)</source>
            <translation>{segments} dikodekan dengan {code} ({new} baru)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>code a box of a PDF page or a picture</source>
            <translation>kodekan sebuah kotak pada halaman PDF atau gambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>Code the box X1 Y1 X2 Y2 of a PDF page (points) or a picture (pixels), measured from the top-left corner, with an existing code. Prints the new coding's id.</source>
            <translation>Mengodekan kotak X1 Y1 X2 Y2 pada halaman PDF (dalam poin) atau gambar (dalam piksel), diukur dari sudut kiri atas, dengan kode yang sudah ada. Mencetak id pengodean yang baru.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>PDF page, from 1 (default: 1)</source>
            <translation>halaman PDF, mulai dari 1 (bawaan: 1)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>move or resize a region coding</source>
            <translation>pindahkan atau ubah ukuran pengodean wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>Give the region coding CODING_ID the box X1 Y1 X2 Y2 (PDF: points, picture: pixels, from the top-left corner), on --page N of a PDF (default: its page).</source>
            <translation>Beri pengodean wilayah CODING_ID kotak X1 Y1 X2 Y2 (PDF: poin, gambar: piksel, dari sudut kiri atas), pada --page N sebuah PDF (bawaan: halamannya).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>PDF page, from 1</source>
            <translation>halaman PDF, mulai dari 1</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>coded {document} region {box} with {code}: coding {id}</source>
            <translation>wilayah {box} di {document} dikodekan dengan {code}: pengodean {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>coded {document} page {page} region {box} with {code}: coding {id}</source>
            <translation>wilayah {box} di {document} halaman {page} dikodekan dengan {code}: pengodean {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>moved region coding {id} to {box}</source>
            <translation>pengodean wilayah {id} dipindahkan ke {box}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/regions.py" />
            <source>moved region coding {id} to page {page} {box}</source>
            <translation>pengodean wilayah {id} dipindahkan ke halaman {page} {box}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/regions.py" />
            <source>qdadesk-cli: note: {n} region could not be drawn (its picture or PDF is missing or cannot be read)</source>
            <comment>qdadesk-cli: note: {n} regions could not be drawn (their pictures or PDFs are missing or cannot be read)</comment>
            <translation>
                <numerusform>qdadesk-cli: catatan: {n} wilayah tidak dapat digambar (gambar atau PDF-nya hilang atau tidak dapat dibaca)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>write the codebook (code tree, colours, descriptions, memos, counts, examples)</source>
            <translation>tulis buku kode (pohon kode, warna, deskripsi, memo, jumlah, contoh)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>default: from -o's suffix</source>
            <translation>bawaan: dari akhiran nama berkas -o</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>write the project report (documents, variables, memos, segments per code, codes)</source>
            <translation>tulis laporan proyek (dokumen, variabel, memo, segmen per kode, kode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>codebook written to {file}</source>
            <translation>buku kode ditulis ke {file}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>project report written to {file}</source>
            <translation>laporan proyek ditulis ke {file}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/reports.py" />
            <source>{file}: say which format with --format ({formats})</source>
            <translation>{file}: sebutkan formatnya dengan --format ({formats})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>who has the project open, its size, counts and schema version</source>
            <translation>siapa yang sedang membuka proyek, ukurannya, jumlah isinya, dan versi skemanya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>list the project's backups, newest first</source>
            <translation>daftar cadangan proyek, yang terbaru lebih dahulu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>make a dated backup now</source>
            <translation>buat cadangan bertanggal sekarang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>write the backup to FILE instead</source>
            <translation>tulis cadangan ke FILE sebagai gantinya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>replace the project with a backup (the current state is backed up)</source>
            <translation>ganti proyek dengan sebuah cadangan (keadaan saat ini dicadangkan dulu)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>a backup file</source>
            <translation>berkas cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>save a copy of the project under a new name</source>
            <translation>simpan salinan proyek dengan nama baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>the new .qdadesk file (must not exist)</source>
            <translation>berkas .qdadesk baru (belum boleh ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>salvage what can be read of a damaged project into a new one</source>
            <translation>selamatkan bagian yang masih terbaca dari proyek yang rusak ke dalam proyek baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>the damaged .qdadesk file</source>
            <translation>berkas .qdadesk yang rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>backup folder (default: the backup settings, else Backups beside the project)</source>
            <translation>folder cadangan (bawaan: pengaturan cadangan, atau folder Backups di samping proyek)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>nobody (no window has it open)</source>
            <translation>tidak ada (tidak ada jendela yang membukanya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>backed up to {path}</source>
            <translation>dicadangkan ke {path}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>restored {project} from {backup}</source>
            <translation>{project} dikembalikan dari {backup}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>copied to {path}</source>
            <translation>disalin ke {path}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>recovered into {path}: check ok, {lost} rows lost</source>
            <translation>dipulihkan ke {path}: pemeriksaan berhasil, {lost} baris hilang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <location filename="../../qdadesk/core/store/backup.py" />
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: no such project file</source>
            <translation>{path}: berkas proyek tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>{path}: the project is open in a window ({owner}); close it there first</source>
            <translation>{path}: proyek sedang terbuka di sebuah jendela ({owner}); tutup dulu di sana</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>saved the current state as {path}</source>
            <translation>keadaan saat ini disimpan sebagai {path}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>{path}: a project file's name ends in .qdadesk</source>
            <translation>{path}: nama berkas proyek berakhiran .qdadesk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>{table}  kept {kept}, lost {lost}</source>
            <translation>{table}  tersimpan {kept}, hilang {lost}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/safety.py" />
            <source>note: {note}</source>
            <translation>catatan: {note}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>find words and phrases (whole words, any case); 'a AND b', 'a OR b', teach*</source>
            <translation>cari kata dan frasa (kata utuh, huruf besar/kecil diabaikan); 'a AND b', 'a OR b', ajar*</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>a word or phrase, * for any letters; terms joined by AND or OR</source>
            <translation>kata atau frasa, * untuk huruf apa saja; istilah digabung dengan AND atau OR</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>find inside words too</source>
            <translation>cari juga di dalam kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>cafe finds café and the other way round</source>
            <translation>cafe menemukan café dan sebaliknya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>for AND: where all terms must occur together (default document)</source>
            <translation>untuk AND: di mana semua istilah harus muncul bersama (bawaan document)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>only documents whose variables satisfy FORMULA</source>
            <translation>hanya dokumen yang variabelnya memenuhi FORMULA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>search memos too</source>
            <translation>cari juga di memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>code the hits with this code (created if missing)</source>
            <translation>kodekan temuan dengan kode ini (dibuat bila belum ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>with --autocode: what to code around each hit (default hit)</source>
            <translation>dengan --autocode: bagian yang dikodekan di sekitar setiap temuan (bawaan hit)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/cli/search.py" />
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>{n} hit</source>
            <comment>{n} hits</comment>
            <translation>
                <numerusform>{n} temuan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/search.py" />
            <source>coded {segments} from {hits} with {code} ({new} new)</source>
            <translation>{segments} dari {hits} dikodekan dengan {code} ({new} baru)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>list coded segments (filtered like an activation)</source>
            <translation>daftar segmen terkode (disaring seperti aktivasi)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>repeatable</source>
            <translation>dapat diulang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>with each --code, its subcodes too</source>
            <translation>dengan setiap --code, subkodenya juga</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>write each region's image into DIR as &lt;coding guid&gt;.png (column image)</source>
            <translation>tulis gambar setiap wilayah ke DIR sebagai &lt;coding guid&gt;.png (kolom image)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>only documents whose variables satisfy FORMULA, e.g. 'age &gt;= 40'</source>
            <translation>hanya dokumen yang variabelnya memenuhi FORMULA, mis. 'age &gt;= 40'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>only segments by this coder (repeatable)</source>
            <translation>hanya segmen dari pengode ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/segments.py" />
            <source>Weights run from 0 to 100, and --min-weight is at most --max-weight</source>
            <translation>Bobot berkisar dari 0 sampai 100, dan --min-weight paling besar sama dengan --max-weight</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>a member (repeatable)</source>
            <translation>anggota (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>set a case's variable value</source>
            <translation>atur nilai variabel sebuah kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>'' clears it</source>
            <translation>'' mengosongkannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>added document set {name} ({n} documents)</source>
            <translation>set dokumen {name} ditambahkan ({n} dokumen)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>removed document set {name}</source>
            <translation>set dokumen {name} dihapus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>added case {name} ({n} documents)</source>
            <translation>kasus {name} ditambahkan ({n} dokumen)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>removed case {name}</source>
            <translation>kasus {name} dihapus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>document sets: add, list, add or remove documents, rename, remove</source>
            <translation>set dokumen: add, list, tambah atau keluarkan dokumen, rename, remove</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>cases: add, list, add or remove documents, variables, rename, remove</source>
            <translation>kasus: add, list, tambah atau keluarkan dokumen, variabel, rename, remove</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>a new document set</source>
            <translation>set dokumen baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>every document set with its documents</source>
            <translation>setiap set dokumen beserta dokumennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>put documents into a document set</source>
            <translation>masukkan dokumen ke dalam set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>take documents out of a document set</source>
            <translation>keluarkan dokumen dari set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>rename a document set</source>
            <translation>ganti nama set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>delete a document set (its documents stay)</source>
            <translation>hapus set dokumen (dokumennya tetap ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>a new case</source>
            <translation>kasus baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>every case with its documents</source>
            <translation>setiap kasus beserta dokumennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>put documents into a case</source>
            <translation>masukkan dokumen ke dalam kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>take documents out of a case</source>
            <translation>keluarkan dokumen dari kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>rename a case</source>
            <translation>ganti nama kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>delete a case (its documents stay)</source>
            <translation>hapus kasus (dokumennya tetap ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>added {n} documents to {name}</source>
            <translation>{n} dokumen ditambahkan ke {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>removed {n} documents from {name}</source>
            <translation>{n} dokumen dikeluarkan dari {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/sets_cases.py" />
            <source>renamed {old} to {new}</source>
            <translation>nama {old} diganti menjadi {new}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>merge another project (.qdadesk, or a REFI-QDA .qdpx) into PROJECT</source>
            <translation>gabungkan proyek lain (.qdadesk, atau .qdpx REFI-QDA) ke dalam PROJECT</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>the project to bring in (never changed)</source>
            <translation>proyek yang dimasukkan (tidak pernah diubah)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>the report's format</source>
            <translation>format laporan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>whose name goes on the audit trail (default: you)</source>
            <translation>nama siapa yang dicatat dalam jejak audit (bawaan: Anda)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>the audit trail: code system changes, imports, merges, coding counts</source>
            <translation>jejak audit: perubahan sistem kode, impor, penggabungan, jumlah pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>only this action (e.g. 'code renamed')</source>
            <translation>hanya tindakan ini (mis. 'code renamed')</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>only this user's entries</source>
            <translation>hanya entri pengguna ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>from this date (YYYY-MM-DD)</source>
            <translation>sejak tanggal ini (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/teamwork.py" />
            <source>up to this date, inclusive</source>
            <translation>sampai tanggal ini, termasuk tanggal itu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/words.py" />
            <source>word frequencies (word, count, percent, rank)</source>
            <translation>frekuensi kata (kata, jumlah, persen, peringkat)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/words.py" />
            <source>count the words in this code's segments (repeatable)</source>
            <translation>hitung kata dalam segmen kode ini (dapat diulang)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/words.py" />
            <source>leave out the stop words of LANG (en, id, de, fr, hu; repeatable), plus the project's own additions</source>
            <translation>abaikan kata henti bahasa LANG (en, id, de, fr, hu; dapat diulang), ditambah tambahan milik proyek sendiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/words.py" />
            <source>count numbers as words too</source>
            <translation>hitung angka sebagai kata juga</translation>
        </message>
        <message>
            <location filename="../../qdadesk/cli/words.py" />
            <source>only the N most frequent words</source>
            <translation>hanya N kata yang paling sering muncul</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>The overlap threshold is a percentage above 0 and at most 100</source>
            <translation>Ambang tumpang tindih adalah persentase di atas 0 dan paling besar 100</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Name two coders</source>
            <translation>Sebutkan dua pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Choose two different coders</source>
            <translation>Pilih dua pengode yang berbeda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Codes</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Units</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraph ratings</source>
            <translation>Penilaian paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Coder A</source>
            <translation>Pengode A</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Coder B</source>
            <translation>Pengode B</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Overlap threshold (%)</source>
            <translation>Ambang tumpang tindih (%)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Codes in the table</source>
            <translation>Kode dalam tabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Percent agreement</source>
            <translation>Persentase kesepakatan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Kappa (Brennan &amp; Prediger)</source>
            <translation>Kappa (Brennan &amp; Prediger)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraph units</source>
            <translation>Unit paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraph percent agreement</source>
            <translation>Persentase kesepakatan paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraph Cohen's kappa</source>
            <translation>Kappa Cohen paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Paragraph Krippendorff's alpha</source>
            <translation>Alfa Krippendorff paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Documents without a match</source>
            <translation>Dokumen tanpa pasangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Figure</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/agreement.py" />
            <source>Unknown level '{level}' (choose one of: {levels})</source>
            <translation>Tingkat '{level}' tidak dikenal (pilih salah satu dari: {levels})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>Name a code to code with</source>
            <translation>Sebutkan kode yang akan dipakai untuk mengodekan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>Name the speaker label to look for, e.g. 'Interviewer:'</source>
            <translation>Sebutkan label penutur yang dicari, mis. 'Pewawancara:'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>'{extend}': extend to hit, words:N, sentence or paragraph</source>
            <translation>'{extend}': perluas ke hit, words:N, sentence, atau paragraph</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>A stretch to code does not fit its document</source>
            <translation>Bentangan yang akan dikodekan tidak muat dalam dokumennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>Autocode speaker '{label}'</source>
            <translation>Kodekan otomatis penutur '{label}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <location filename="../../qdadesk/core/ops/codings.py" />
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Code '{name}' is not for coding</source>
            <translation>Kode '{name}' tidak untuk mengodekan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/autocode.py" />
            <source>Autocode with '{name}'</source>
            <translation>Kodekan otomatis dengan '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/charts.py" />
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>paragraphs</source>
            <translation>paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Supported by</source>
            <translation>Didukung oleh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Document group</source>
            <translation>Kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Case</source>
            <translation>Kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Triangulation matrix</source>
            <translation>Matriks triangulasi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Checklist matrix</source>
            <translation>Matriks daftar periksa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Role-ordered matrix</source>
            <translation>Matriks berurut peran</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Case-ordered meta-matrix</source>
            <translation>Meta-matriks berurut kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/core/exporters/tables_docx.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Conceptually clustered matrix</source>
            <translation>Matriks berkelompok konseptual</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Time-ordered matrix</source>
            <translation>Matriks berurut waktu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>{n} document</source>
            <comment>{n} documents</comment>
            <translation>
                <numerusform>{n} dokumen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Only documents, cases or variable values can be ordered by a variable</source>
            <translation>Hanya dokumen, kasus, atau nilai variabel yang dapat diurutkan menurut variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>A display definition is a JSON object</source>
            <translation>Definisi penyajian data berupa objek JSON</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>A display needs codes on exactly one side (rows or columns)</source>
            <translation>Penyajian data memerlukan kode tepat di satu sisi (baris atau kolom)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Time periods go in the columns</source>
            <translation>Periode waktu ditempatkan di kolom</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>A triangulation matrix has themes (codes) in its rows</source>
            <translation>Matriks triangulasi memuat tema (kode) di barisnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Columns can be grouped by parent code only when they are codes</source>
            <translation>Kolom hanya dapat dikelompokkan menurut kode induk bila kolom itu berupa kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Unknown axis '{axis}': use codes, subcodes:PATH, {kinds}</source>
            <translation>Sumbu '{axis}' tidak dikenal: gunakan codes, subcodes:PATH, {kinds}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Display</source>
            <translation>Penyajian data</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Variable '{name}' is not a date variable</source>
            <translation>Variabel '{name}' bukan variabel tanggal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>no support</source>
            <translation>tidak ada dukungan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Unknown display setting: {names}</source>
            <comment>Unknown display settings: {names}</comment>
            <translation>
                <numerusform>Pengaturan penyajian data tidak dikenal: {names}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Unknown cell content '{cells}': use {kinds}</source>
            <translation>Isi sel '{cells}' tidak dikenal: gunakan {kinds}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>Unknown row order '{order}': use label, variable:NAME, mean-weight or summary-rating</source>
            <translation>Urutan baris '{order}' tidak dikenal: gunakan label, variable:NAME, mean-weight, atau summary-rating</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>weight {weight:.0f}</source>
            <translation>bobot {weight:.0f}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/displays.py" />
            <source>only {unit}</source>
            <translation>hanya {unit}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>at the end</source>
            <translation>di bagian akhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: the formula is empty</source>
            <translation>Formula: formulanya kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected a variable name</source>
            <translation>diharapkan nama variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected 'in' after 'not'</source>
            <translation>diharapkan 'in' sesudah 'not'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected a value</source>
            <translation>diharapkan sebuah nilai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>at position {column}</source>
            <translation>pada posisi {column}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: {message} {where}</source>
            <translation>Formula: {message} {where}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>a ')' is missing</source>
            <translation>sebuah ')' hilang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected 'empty' after 'is'</source>
            <translation>diharapkan 'empty' sesudah 'is'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected '(' after 'in'</source>
            <translation>diharapkan '(' sesudah 'in'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected a value, not '{text}'</source>
            <translation>diharapkan sebuah nilai, bukan '{text}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: cannot read '{text}' at position {column}</source>
            <translation>Formula: '{text}' pada posisi {column} tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>unexpected '{text}'</source>
            <translation>'{text}' tidak diharapkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>expected a comparison (= != &lt; &lt;= &gt; &gt;= in) after '{name}'</source>
            <translation>diharapkan perbandingan (= != &lt; &lt;= &gt; &gt;= in) sesudah '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: '{value}' is not a valid {type} value for variable '{name}'</source>
            <translation>Formula: '{value}' bukan nilai {type} yang sah untuk variabel '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: no variable called '{name}'</source>
            <translation>Formula: tidak ada variabel bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/formula.py" />
            <source>Formula: '{text}' is not a valid date</source>
            <translation>Formula: '{text}' bukan tanggal yang sah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <source>(no group)</source>
            <translation>(tanpa kelompok)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <source>(no value)</source>
            <translation>(tanpa nilai)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <source>Unknown columns '{spec}': use documents, groups, sets or variable:NAME</source>
            <translation>Kolom '{spec}' tidak dikenal: gunakan documents, groups, sets, atau variable:NAME</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <location filename="../../qdadesk/ui/displays/heatmap.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <source>No column '{label}'</source>
            <translation>Tidak ada kolom '{label}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/matrices.py" />
            <source>Unknown cell value '{value}': use {kinds}</source>
            <translation>Nilai sel '{value}' tidak dikenal: gunakan {kinds}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/paraphrases.py" />
            <location filename="../../qdadesk/core/analysis/quote_matrix.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>{document}, ¶ {paragraph}</source>
            <translation>{document}, ¶ {paragraph}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/paraphrases.py" />
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>¶ {n}</source>
            <translation>¶ {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/paraphrases.py" />
            <source>Unknown columns '{columns}': use documents or groups</source>
            <translation>Kolom '{columns}' tidak dikenal: gunakan documents atau groups</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/queries.py" />
            <source>The distance unit is characters or paragraphs</source>
            <translation>Satuan jarak adalah karakter atau paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/queries.py" />
            <source>The distance is a whole number of at least 0</source>
            <translation>Jarak berupa bilangan bulat, paling kecil 0</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/queries.py" />
            <source>A coding query needs at least two codes</source>
            <translation>Kueri pengodean memerlukan paling sedikit dua kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/queries.py" />
            <source>Code query results</source>
            <translation>Hasil kueri kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/queries.py" />
            <source>Unknown query mode '{mode}' (choose one of: {modes})</source>
            <translation>Mode kueri '{mode}' tidak dikenal (pilih salah satu: {modes})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/quote_matrix.py" />
            <source>{document}, p. {page}</source>
            <translation>{document}, hlm. {page}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/region_segments.py" />
            <source>[picture region]</source>
            <translation>[wilayah gambar]</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/region_segments.py" />
            <source>[region p. {page}]</source>
            <translation>[wilayah hlm. {page}]</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/region_segments.py" />
            <source>p. {page}, {box}</source>
            <translation>hlm. {page}, {box}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/relations.py" />
            <source>Unknown mode '{mode}': use overlap, paragraph or distance:N (N &gt;= 0)</source>
            <translation>Mode '{mode}' tidak dikenal: gunakan overlap, paragraph, atau distance:N (N &gt;= 0)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/search.py" />
            <source>Search within sentence, paragraph or document</source>
            <translation>Cari di dalam kalimat, paragraf, atau dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/search.py" />
            <source>A search combines its terms with AND or with OR, not both</source>
            <translation>Pencarian menggabungkan istilahnya dengan AND atau dengan OR, tidak keduanya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/search.py" />
            <source>The search needs a word or phrase to look for</source>
            <translation>Pencarian memerlukan kata atau frasa yang dicari</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/search.py" />
            <source>'{term}' has nothing to look for but wildcards</source>
            <translation>'{term}' tidak berisi apa pun untuk dicari selain karakter pengganti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/search.py" />
            <source>Memo {id}</source>
            <translation>Memo {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/stopwords.py" />
            <source>No stop-word list for '{language}' (available: {languages})</source>
            <translation>Tidak ada daftar kata henti untuk '{language}' (tersedia: {languages})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <source>A Summary Grid shows documents or cases</source>
            <translation>Kisi Ringkasan menampilkan dokumen atau kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <source>Summary table rows are documents or cases</source>
            <translation>Baris tabel ringkasan adalah dokumen atau kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>No code with id {id}</source>
            <translation>Tidak ada kode dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/analysis/summaries.py" />
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>No variable called '{name}'</source>
            <translation>Tidak ada variabel bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>Another program changed this project since that change, so it can no longer be undone or redone without erasing the other program's work. The undo history was cleared; nothing was changed.</source>
            <translation>Program lain telah mengubah proyek ini sejak perubahan itu, sehingga perubahan itu tidak dapat lagi diurungkan atau diulangi tanpa menghapus pekerjaan program lain tersebut. Riwayat urungkan telah dikosongkan; tidak ada yang diubah.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>A user name cannot be empty</source>
            <translation>Nama pengguna tidak boleh kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>That change is already undone</source>
            <translation>Perubahan itu sudah diurungkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>That change is not undone</source>
            <translation>Perubahan itu belum diurungkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>{path}: the disk is full; the change was not saved</source>
            <translation>{path}: disk penuh; perubahan tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>{path}: the project is open read-only; the change was not saved</source>
            <translation>{path}: proyek dibuka hanya-baca; perubahan tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>{path}: the project file is read-only; the change was not saved</source>
            <translation>{path}: berkas proyek hanya-baca; perubahan tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>{path}: the project file is damaged, so nothing is written to it; recover it into a new project (qdadesk-cli recover) or restore a backup</source>
            <translation>{path}: berkas proyek rusak, jadi tidak ada yang ditulis ke dalamnya; pulihkan ke proyek baru (qdadesk-cli recover) atau kembalikan sebuah cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>Change setting {key}</source>
            <translation>Ubah pengaturan {key}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>The change conflicts with the project's data ({error})</source>
            <translation>Perubahan ini bertentangan dengan data proyek ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/base.py" />
            <source>{path}: the change was not saved ({error})</source>
            <translation>{path}: perubahan tidak disimpan ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/errors.py" />
            <source>{path}: the project is busy (another program is writing to it); the change was not saved, try again</source>
            <translation>{path}: proyek sedang sibuk (program lain sedang menulis ke dalamnya); perubahan tidak disimpan, coba lagi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/errors.py" />
            <source>{path}: the project is busy (another program is writing to it); try again</source>
            <translation>{path}: proyek sedang sibuk (program lain sedang menulis ke dalamnya); coba lagi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>matched by GUID</source>
            <translation>dicocokkan menurut GUID</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>The project has no codes to export</source>
            <translation>Proyek tidak memiliki kode untuk diekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <location filename="../../qdadesk/core/exchange/export_structure.py" />
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>codes</source>
            <translation>kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>empty &lt;Sets/&gt; (invalid, written by Taguette) accepted</source>
            <translation>&lt;Sets/&gt; kosong (tidak sah, ditulis oleh Taguette) diterima</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>columns not used by a codebook</source>
            <translation>kolom yang tidak dipakai oleh buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>matched by path</source>
            <translation>dicocokkan menurut jalur</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>code sets</source>
            <translation>set kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>Exported the codebook of {project} to {file}</source>
            <translation>Buku kode {project} diekspor ke {file}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>row without a tag</source>
            <translation>baris tanpa tag</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>Merged codebook {file} into {project}</source>
            <translation>Buku kode {file} digabungkan ke dalam {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>code without a name (and its subcodes)</source>
            <translation>kode tanpa nama (beserta subkodenya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>codes added</source>
            <translation>kode ditambahkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>code set kept for export, not shown yet</source>
            <translation>set kode disimpan untuk ekspor, belum ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: no such file</source>
            <translation>{path}: berkas tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>{path}: too large for a codebook</source>
            <translation>{path}: terlalu besar untuk sebuah buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>{path}: the codebook has no codes</source>
            <translation>{path}: buku kode tidak memiliki kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>{name}: the CSV codebook has no rows</source>
            <translation>{name}: buku kode CSV tidak memiliki baris</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>{name}: a CSV codebook needs a 'tag' or 'path' column</source>
            <translation>{name}: buku kode CSV memerlukan kolom 'tag' atau 'path'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>Import codebook '{name}'</source>
            <translation>Impor buku kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>existing codes given the codebook's colour or description</source>
            <translation>kode yang sudah ada diberi warna atau deskripsi dari buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>code set without a GUID</source>
            <translation>set kode tanpa GUID</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/codebook.py" />
            <source>{path}: not a REFI-QDA codebook</source>
            <translation>{path}: bukan buku kode REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>logbook entries</source>
            <translation>entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>paraphrases</source>
            <translation>parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Paraphrase</source>
            <translation>Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>memos ({kind})</source>
            <translation>memo ({kind})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_notes.py" />
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Logbook {date}</source>
            <translation>Buku log {date}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>PDF documents with their pages</source>
            <translation>dokumen PDF beserta halamannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>pictures</source>
            <translation>gambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <source>regions</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <location filename="../../qdadesk/core/exchange/export_text.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>codings</source>
            <translation>pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <source>PDF not readable: regions written as if its pages had no crop box or turn</source>
            <translation>PDF tidak dapat dibaca: wilayah ditulis seolah-olah halamannya tidak memiliki crop box atau rotasi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <source>text codings on a picture left out</source>
            <translation>pengodean teks pada gambar tidak disertakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_paged.py" />
            <source>Region on page {page}</source>
            <translation>Wilayah di halaman {page}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_project.py" />
            <source>kept elements</source>
            <translation>elemen yang disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_project.py" />
            <source>references to deleted items left out</source>
            <translation>rujukan ke butir yang telah dihapus tidak disertakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_project.py" />
            <source>text</source>
            <translation>teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_project.py" />
            <source>characters XML cannot carry left out (control characters)</source>
            <translation>karakter yang tidak dapat dimuat XML tidak disertakan (karakter kontrol)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_project.py" />
            <source>Exported {project} to {file}</source>
            <translation>{project} diekspor ke {file}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_sources.py" />
            <source>kept sources written back</source>
            <translation>sumber yang disimpan ditulis kembali</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_sources.py" />
            <source>text has characters beyond U+FFFF (emoji): programs that count UTF-16 units (NVivo) will place codings after them a little off</source>
            <translation>teks memuat karakter di atas U+FFFF (emoji): program yang menghitung satuan UTF-16 (NVivo) akan menempatkan pengodean sesudahnya sedikit bergeser</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_structure.py" />
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>users</source>
            <translation>pengguna</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_structure.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>variables</source>
            <translation>variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_structure.py" />
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>cases</source>
            <translation>kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_structure.py" />
            <source>values that are not numbers left out</source>
            <translation>nilai yang bukan angka tidak disertakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_text.py" />
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>text documents</source>
            <translation>dokumen teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/export_text.py" />
            <source>original file not exported (REFI-QDA carries DOCX originals only)</source>
            <translation>berkas asli tidak diekspor (REFI-QDA hanya memuat berkas asli DOCX)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/graphs.py" />
            <source>maps</source>
            <translation>peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/graphs.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Map</source>
            <translation>Peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>coding of a whole PDF or picture became one of all of it</source>
            <translation>pengodean seluruh PDF atau gambar menjadi pengodean atas keseluruhannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>box of a text selection (ATLAS.ti) left out: the text selection is the coding</source>
            <translation>kotak dari seleksi teks (ATLAS.ti) tidak disertakan: seleksi teks itulah pengodeannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region without its four corners</source>
            <translation>wilayah tanpa keempat sudutnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region without a width or a height</source>
            <translation>wilayah tanpa lebar atau tinggi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region outside the page</source>
            <translation>wilayah di luar halaman</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region reaching outside the page cut to fit</source>
            <translation>wilayah yang melewati batas halaman dipotong agar muat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>text of the PDF not in the exchange file: its text codings left out</source>
            <translation>teks PDF tidak ada dalam berkas pertukaran: pengodean teksnya tidak disertakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>which text is on which page is not known: all of it counted to page 1</source>
            <translation>tidak diketahui teks mana berada di halaman mana: seluruhnya dihitung ke halaman 1</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>codings of unusable regions</source>
            <translation>pengodean dari wilayah yang tidak dapat dipakai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>codings repeating a text selection's coding on its box</source>
            <translation>pengodean yang mengulang pengodean seleksi teks pada kotaknya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region on a page the PDF does not have (pages count from 0)</source>
            <translation>wilayah pada halaman yang tidak ada di PDF (halaman dihitung dari 0)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>notes on a region kept as memos on its coding</source>
            <translation>catatan pada wilayah disimpan sebagai memo pada pengodeannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region without coding but with a description became a memo</source>
            <translation>wilayah tanpa pengodean tetapi dengan deskripsi menjadi memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>the picture claims {width} × {height} pixels</source>
            <translation>gambar menyatakan ukuran {width} × {height} piksel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>not a PDF PDFium can open ({error})</source>
            <translation>bukan PDF yang dapat dibuka PDFium ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>the PDF has {count} pages</source>
            <translation>PDF memiliki {count} halaman</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>codings of a missing PDF text</source>
            <translation>pengodean dari teks PDF yang tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>picture's text description became a memo</source>
            <translation>deskripsi teks gambar menjadi memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>region without coding or memo</source>
            <translation>wilayah tanpa pengodean atau memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>page {page} measures {width:g} × {height:g} points</source>
            <translation>halaman {page} berukuran {width:g} × {height:g} poin</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_paged.py" />
            <source>file unreadable ({reason}): kept as a listed source</source>
            <translation>berkas tidak dapat dibaca ({reason}): disimpan sebagai sumber yang tercantum</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>unreadable date replaced by the import time</source>
            <translation>tanggal yang tidak terbaca diganti dengan waktu impor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>origin</source>
            <translation>asal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>(not given)</source>
            <translation>(tidak diberikan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>missing or malformed GUID replaced</source>
            <translation>GUID yang hilang atau cacat diganti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>Import cancelled; nothing was created</source>
            <translation>Impor dibatalkan; tidak ada yang dibuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>archive file</source>
            <translation>berkas arsip</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>file in the archive that the project does not refer to</source>
            <translation>berkas dalam arsip yang tidak dirujuk oleh proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>basePath (a folder on the author's computer) not kept</source>
            <translation>basePath (folder di komputer penulis) tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>(unnamed code)</source>
            <translation>(kode tanpa nama)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <location filename="../../qdadesk/core/store/backup.py" />
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: a file of that name already exists</source>
            <translation>{path}: berkas dengan nama itu sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>Import REFI-QDA project</source>
            <translation>Impor proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>repeated GUID replaced</source>
            <translation>GUID berulang diganti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>unknown element ignored</source>
            <translation>elemen tak dikenal diabaikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>summaries</source>
            <translation>ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>user without a name named</source>
            <translation>pengguna tanpa nama diberi nama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>repeated user name made unique</source>
            <translation>nama pengguna berulang dibuat unik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>'\' or line breaks in a code name replaced</source>
            <translation>'\' atau pindah baris dalam nama kode diganti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>repeated code name under one parent made unique</source>
            <translation>nama kode berulang di bawah satu induk dibuat unik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>unknown type read as Text</source>
            <translation>tipe tak dikenal dibaca sebagai Teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Variable</source>
            <translation>Variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>{path} is a codebook (.qdc); import it into a project as a codebook</source>
            <translation>{path} adalah buku kode (.qdc); impor ke dalam proyek sebagai buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>{path}: not a REFI-QDA project (root element {tag})</source>
            <translation>{path}: bukan proyek REFI-QDA (elemen akar {tag})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>User {n}</source>
            <translation>Pengguna {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>code without a name named</source>
            <translation>kode tanpa nama diberi nama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>unreadable colour replaced</source>
            <translation>warna yang tidak terbaca diganti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>code without a colour given one</source>
            <translation>kode tanpa warna diberi warna</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>DateTime variable kept as text</source>
            <translation>variabel DateTime disimpan sebagai teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>Imported {file} into {project}</source>
            <translation>{file} diimpor ke {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_project.py" />
            <source>{name}: damaged QDA Desk extras ({error})</source>
            <translation>{name}: data tambahan QDA Desk rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>codings (coded segments)</source>
            <translation>pengodean (segmen terkode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>source without a name named after its file</source>
            <translation>sumber tanpa nama diberi nama sesuai berkasnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>repeated document name made unique</source>
            <translation>nama dokumen berulang dibuat unik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>NUL characters replaced by U+FFFD</source>
            <translation>karakter NUL diganti dengan U+FFFD</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>source description became a document memo</source>
            <translation>deskripsi sumber menjadi memo dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>text file not in the exchange file: document kept empty, its selections kept for export</source>
            <translation>berkas teks tidak ada dalam berkas pertukaran: dokumen dibiarkan kosong, seleksinya disimpan untuk ekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>coding of a whole source became a coded segment over all its text</source>
            <translation>pengodean seluruh sumber menjadi segmen terkode atas seluruh teksnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection running past the end of the text cut to fit</source>
            <translation>seleksi yang melewati akhir teks dipotong agar muat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection with unusable positions (and its codings)</source>
            <translation>seleksi dengan posisi yang tidak dapat dipakai (beserta pengodeannya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>coding of a code not in the code book</source>
            <translation>pengodean dengan kode yang tidak ada dalam buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>media file not inside the exchange file; its path is kept</source>
            <translation>berkas media tidak ada di dalam berkas pertukaran; jalurnya disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selections in PDF, picture, audio and video sources kept for export</source>
            <translation>seleksi dalam sumber PDF, gambar, audio, dan video disimpan untuk ekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>codings in PDF, picture, audio and video sources kept for export</source>
            <translation>pengodean dalam sumber PDF, gambar, audio, dan video disimpan untuk ekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selections of sources without text</source>
            <translation>seleksi dari sumber tanpa teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>richTextPath naming a .txt file ignored</source>
            <translation>richTextPath yang menunjuk berkas .txt diabaikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>coding of a whole source without text</source>
            <translation>pengodean seluruh sumber tanpa teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>codings of unusable selections</source>
            <translation>pengodean dari seleksi yang tidak dapat dipakai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection labels (name) not kept</source>
            <translation>label seleksi (name) tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection description became the comment of its codings</source>
            <translation>deskripsi seleksi menjadi komentar pengodeannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>{kind} source kept (listed, not viewable yet)</source>
            <translation>sumber {kind} disimpan (tercantum, belum dapat dilihat)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>unknown kind of source ignored</source>
            <translation>jenis sumber tak dikenal diabaikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>codings of sources without text</source>
            <translation>pengodean dari sumber tanpa teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>positions read as {reading} (chosen by where the selections fall)</source>
            <translation>posisi dibaca sebagai {reading} (dipilih menurut letak seleksi)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>original rich-text files kept</source>
            <translation>berkas teks kaya asli disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>rich-text file named but not in the exchange file</source>
            <translation>berkas teks kaya disebut tetapi tidak ada dalam berkas pertukaran</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection without coding but with a description became a memo on that text</source>
            <translation>seleksi tanpa pengodean tetapi dengan deskripsi menjadi memo pada teks itu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_sources.py" />
            <source>selection without coding or memo</source>
            <translation>seleksi tanpa pengodean atau memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>overlapping paraphrase kept as a memo on its text</source>
            <translation>parafrasa yang tumpang tindih disimpan sebagai memo pada teksnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>value of an unknown variable</source>
            <translation>nilai dari variabel yang tidak dikenal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>variable values</source>
            <translation>nilai variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>note description put at the top of the memo</source>
            <translation>deskripsi catatan diletakkan di awal memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>selections and codings inside notes</source>
            <translation>seleksi dan pengodean di dalam catatan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>note referred to from several places attached to the first</source>
            <translation>catatan yang dirujuk dari beberapa tempat dilekatkan pada yang pertama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>codes assigned to a case (no place for them yet)</source>
            <translation>kode yang ditetapkan untuk sebuah kasus (belum ada tempat untuknya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>set of codes (code group) kept for export, not shown yet</source>
            <translation>set kode (kelompok kode) disimpan untuk ekspor, belum ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>link between a note and what it is about became a memo attached to it</source>
            <translation>tautan antara catatan dan hal yang dibahasnya menjadi memo yang dilekatkan padanya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>link kept for export, not shown yet</source>
            <translation>tautan disimpan untuk ekspor, belum ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>note text file not in the exchange file</source>
            <translation>berkas teks catatan tidak ada dalam berkas pertukaran</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>Case {n}</source>
            <translation>Kasus {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>case member that is not a source</source>
            <translation>anggota kasus yang bukan sumber</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>case member that is not a text selection</source>
            <translation>anggota kasus yang bukan seleksi teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>repeated variable name made unique</source>
            <translation>nama variabel berulang dibuat unik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>value that does not fit its variable's type</source>
            <translation>nilai yang tidak sesuai dengan tipe variabelnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>set of documents became a document group (no document is in two sets)</source>
            <translation>set REFI-QDA berisi dokumen menjadi kelompok dokumen (tidak ada dokumen yang berada di dua set)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>document groups</source>
            <translation>kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>document sets</source>
            <translation>set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>set of documents became a document set</source>
            <translation>set REFI-QDA berisi dokumen menjadi set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>notes in a document set kept as free memos</source>
            <translation>catatan dalam set dokumen disimpan sebagai memo bebas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/import_structure.py" />
            <source>variables ({scope})</source>
            <translation>variabel ({scope})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>A project cannot be merged into itself</source>
            <translation>Proyek tidak dapat digabungkan ke dalam dirinya sendiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>the description differs</source>
            <translation>deskripsinya berbeda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Code description</source>
            <translation>Deskripsi kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Coding</source>
            <translation>Pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>edited in both files</source>
            <translation>disunting di kedua berkas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>the same GUID holds a different text</source>
            <translation>GUID yang sama memuat teks yang berbeda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>overlaps a paraphrase here</source>
            <translation>tumpang tindih dengan sebuah parafrasa di sini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Merge project '{name}'</source>
            <translation>Gabungkan proyek '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>{d} documents, {c} codes, {s} codings added; {n} conflicts</source>
            <translation>{d} dokumen, {c} kode, {s} pengodean ditambahkan; {n} konflik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>not merged: brought in as a new document before</source>
            <translation>tidak digabungkan: sebelumnya dimasukkan sebagai dokumen baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>comment: {comment}</source>
            <translation>komentar: {comment}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>weight: {weight}</source>
            <translation>bobot: {weight}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Summary for {where}</source>
            <translation>Ringkasan untuk {where}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>not merged: brought in as a new document '{name}'</source>
            <translation>tidak digabungkan: dimasukkan sebagai dokumen baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>Code path</source>
            <translation>Jalur kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>In {other} this code is '{path}'.</source>
            <translation>Di {other} kode ini adalah '{path}'.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge.py" />
            <source>named or placed '{path}' in the other file</source>
            <translation>diberi nama atau ditempatkan sebagai '{path}' di berkas lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>documents</source>
            <translation>dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>memos</source>
            <translation>memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>values</source>
            <translation>nilai variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>groups</source>
            <translation>kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>sets</source>
            <translation>set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>logbook</source>
            <translation>entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/core/maps/records.py" />
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>document</source>
            <translation>dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/core/maps/records.py" />
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/core/maps/records.py" />
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>variable</source>
            <translation>variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/core/maps/records.py" />
            <source>memo</source>
            <translation>memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>summary</source>
            <translation>ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>coding</source>
            <translation>pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>paraphrase</source>
            <translation>parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Merged {other}</source>
            <translation>{other} digabungkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>conflicts: {n}</source>
            <translation>konflik: {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>{what}: {matched} matched, {added} added</source>
            <translation>{what}: {matched} cocok, {added} ditambahkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>{path}: another program is writing to this project, or a write was interrupted (then open it in QDA Desk once to repair it); try again</source>
            <translation>{path}: program lain sedang menulis ke proyek ini, atau sebuah penulisan terputus (bila demikian, buka sekali di QDA Desk untuk memperbaikinya); coba lagi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_report.py" />
            <source>{path}: cannot read the project ({error})</source>
            <translation>{path}: proyek tidak dapat dibaca ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>kept this project's value; the other's kept as a memo</source>
            <translation>nilai proyek ini dipertahankan; nilai dari berkas lain disimpan sebagai memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>kept this project's value; the other's is already in a memo</source>
            <translation>nilai proyek ini dipertahankan; nilai dari berkas lain sudah ada dalam memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>{title} (from {other})</source>
            <translation>{title} (dari {other})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>{variable} = {value} in {other} (here: {ours})</source>
            <translation>{variable} = {value} di {other} (di sini: {ours})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>'{theirs}' in the other file, '{ours}' here</source>
            <translation>'{theirs}' di berkas lain, '{ours}' di sini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>kept this project's type; differing values kept as memos</source>
            <translation>tipe proyek ini dipertahankan; nilai yang berbeda disimpan sebagai memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/merge_support.py" />
            <source>type {theirs} in the other file, {ours} here</source>
            <translation>tipe {theirs} di berkas lain, {ours} di sini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qde_reader.py" />
            <source>{what}: refused unsafe XML (DTDForbidden)</source>
            <translation>{what}: XML tidak aman ditolak (DTDForbidden)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qde_reader.py" />
            <source>{what}: refused unsafe XML ({error})</source>
            <translation>{what}: XML tidak aman ditolak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qde_reader.py" />
            <source>{what}: not well-formed XML ({error})</source>
            <translation>{what}: XML tidak tersusun dengan baik ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: not a REFI-QDA project (neither a .qdpx zip file nor .qde XML)</source>
            <translation>{path}: bukan proyek REFI-QDA (bukan berkas zip .qdpx maupun XML .qde)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: unsafe file name in the archive: '{name}'</source>
            <translation>{path}: nama berkas tidak aman dalam arsip: '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: not a valid .qdpx file (damaged zip: {error})</source>
            <translation>{path}: bukan berkas .qdpx yang sah (zip rusak: {error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: too many files in the archive</source>
            <translation>{path}: terlalu banyak berkas dalam arsip</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: the archive unpacks to more than {limit} bytes</source>
            <translation>{path}: arsip terurai menjadi lebih dari {limit} bita</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: no project.qde inside; not a REFI-QDA project</source>
            <translation>{path}: tidak ada project.qde di dalamnya; bukan proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: '{name}' is packed with a compression method that cannot be read</source>
            <translation>{path}: '{name}' dikemas dengan metode kompresi yang tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: '{name}' is encrypted (password-protected archives are not read)</source>
            <translation>{path}: '{name}' terenkripsi (arsip yang dilindungi kata sandi tidak dibaca)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: cannot read '{name}' ({error})</source>
            <translation>{path}: tidak dapat membaca '{name}' ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: the project XML is too large</source>
            <translation>{path}: XML proyek terlalu besar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: archive member '{name}' is too large ({size} bytes)</source>
            <translation>{path}: anggota arsip '{name}' terlalu besar ({size} bita)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: two files named '{name}' in the archive</source>
            <translation>{path}: dua berkas bernama '{name}' dalam arsip</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: more than one .qde file inside ({names})</source>
            <translation>{path}: lebih dari satu berkas .qde di dalamnya ({names})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/qdpx_archive.py" />
            <source>{path}: '{name}' unpacks to more than the allowed size</source>
            <translation>{path}: '{name}' terurai melebihi ukuran yang diizinkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Imported</source>
            <translation>Diimpor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Repaired</source>
            <translation>Diperbaiki</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Mapped</source>
            <translation>Dipetakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Kept without display</source>
            <translation>Disimpan tanpa ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Discarded</source>
            <translation>Dibuang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Warning</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>Nothing to report.</source>
            <translation>Tidak ada yang perlu dilaporkan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/report.py" />
            <source>e.g.</source>
            <translation>mis.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/subset.py" />
            <source>Choose at least one document for the team member</source>
            <translation>Pilih paling sedikit satu dokumen untuk anggota tim</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/subset.py" />
            <source>Wrote {file}: {documents} documents, {codes} codes, {codings} codings, {memos} memos</source>
            <translation>{file} ditulis: {documents} dokumen, {codes} kode, {codings} pengodean, {memos} memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/text_helpers.py" />
            <source>text file in UTF-16 read as such</source>
            <translation>berkas teks UTF-16 dibaca sebagai UTF-16</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exchange/text_helpers.py" />
            <source>text file not in UTF-8, read as Windows-1252</source>
            <translation>berkas teks bukan UTF-8, dibaca sebagai Windows-1252</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/agreement_xlsx.py" />
            <source>Export cancelled</source>
            <translation>Ekspor dibatalkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Colour</source>
            <translation>Warna</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Path</source>
            <translation>Jalur</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Example</source>
            <translation>Contoh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Example source</source>
            <translation>Sumber contoh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Codebook</source>
            <translation>Buku kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Overview</source>
            <translation>Ikhtisar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Codebook: {project}</source>
            <translation>Buku kode: {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>{codes} codes, {segments} coded segments</source>
            <translation>{codes} kode, {segments} segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Segments: </source>
            <translation>Segmen: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Documents: </source>
            <translation>Dokumen: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Colour: </source>
            <translation>Warna: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Description: </source>
            <translation>Deskripsi: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Memo: </source>
            <translation>Memo: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/codebook_report.py" />
            <source>Example: </source>
            <translation>Contoh: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Document memos</source>
            <translation>Memo dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Coded segments by code</source>
            <translation>Segmen terkode menurut kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Coded segments</source>
            <translation>Segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>No document memos.</source>
            <translation>Tidak ada memo dokumen.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Paragraph</source>
            <translation>Paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Start</source>
            <translation>Awal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>End</source>
            <translation>Akhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Weight</source>
            <translation>Bobot</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Coder</source>
            <translation>Pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Project report: {project}</source>
            <translation>Laporan proyek: {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>, weight {weight}</source>
            <translation>, bobot {weight}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Unknown report format '{format}': use docx, html or xlsx</source>
            <translation>Format laporan '{format}' tidak dikenal: gunakan docx, html, atau xlsx</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>Comment: </source>
            <translation>Komentar: </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/project_report.py" />
            <source>No coded segments.</source>
            <translation>Tidak ada segmen terkode.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Begin (paragraph)</source>
            <translation>Awal (paragraf)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>End (paragraph)</source>
            <translation>Akhir (paragraf)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Begin (character)</source>
            <translation>Awal (karakter)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>End (character)</source>
            <translation>Akhir (karakter)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Retrieved Segments</source>
            <translation>Segmen Terambil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>{document}, {position}</source>
            <translation>{document}, {position}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>{segments} from {documents}</source>
            <translation>{segments} dari {documents}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/code_system/model.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>{n} coded segment</source>
            <comment>{n} coded segments</comment>
            <translation>
                <numerusform>{n} segmen terkode</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Weight {n}</source>
            <translation>Bobot {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>Cannot export segments as '{kind}'; use .xlsx, .docx or .html</source>
            <translation>Segmen tidak dapat diekspor sebagai '{kind}'; gunakan .xlsx, .docx, atau .html</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <source>The segment list lacks the columns {names}</source>
            <translation>Daftar segmen tidak memiliki kolom {names}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Pos. {a}–{b}</source>
            <translation>Pos. {a}–{b}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Coder: {name}</source>
            <translation>Pengode: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Comment: {text}</source>
            <translation>Komentar: {text}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/segments.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Pos. {n}</source>
            <translation>Pos. {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_docx.py" />
            <location filename="../../qdadesk/core/exporters/tables_xlsx.py" />
            <source>The header groups do not cover the table's columns</source>
            <translation>Kelompok judul tidak mencakup kolom tabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_docx.py" />
            <source>Themes supported by only one source are noted in the last column.</source>
            <translation>Tema yang hanya didukung oleh satu sumber dicatat di kolom terakhir.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_docx.py" />
            <source>Summary table</source>
            <translation>Tabel ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_docx.py" />
            <source>Quote matrix</source>
            <translation>Matriks kutipan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_xlsx.py" />
            <source>Sheet</source>
            <translation>Lembar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_xlsx.py" />
            <source>The header labels do not match the table's columns</source>
            <translation>Label judul tidak cocok dengan kolom tabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/tables_xlsx.py" />
            <source>Clustered matrix</source>
            <translation>Matriks berkelompok</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/exporters/variables_xlsx.py" />
            <source>Document variables</source>
            <translation>Variabel dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>this file type cannot be imported (supported: {known})</source>
            <translation>jenis berkas ini tidak dapat diimpor (yang didukung: {known})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>is a folder, not a file</source>
            <translation>adalah folder, bukan berkas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>not a regular file</source>
            <translation>bukan berkas biasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>file not found</source>
            <translation>berkas tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>permission denied</source>
            <translation>izin ditolak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>cannot be read ({reason})</source>
            <translation>tidak dapat dibaca ({reason})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>cannot be read (invalid file name)</source>
            <translation>tidak dapat dibaca (nama berkas tidak sah)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/__init__.py" />
            <source>could not be read as {what} (the file seems damaged: {error})</source>
            <translation>tidak dapat dibaca sebagai {what} (berkas tampaknya rusak: {error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/common.py" />
            <source>Footnotes</source>
            <translation>Catatan kaki</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/common.py" />
            <source>Endnotes</source>
            <translation>Catatan akhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/common.py" />
            <location filename="../../qdadesk/core/importers/docx.py" />
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>not a DOCX file (it is a password-protected Word file or an old .doc file); save it in Word as an unprotected .docx</source>
            <translation>bukan berkas DOCX (berkas Word yang dilindungi kata sandi atau berkas .doc lama); simpan di Word sebagai .docx tanpa perlindungan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>a Word document</source>
            <translation>dokumen Word</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>saved as Strict Open XML, which cannot be read; in Word, save it again as “Word Document (*.docx)”</source>
            <translation>disimpan sebagai Strict Open XML, yang tidak dapat dibaca; di Word, simpan ulang sebagai “Word Document (*.docx)”</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>not a Word document (the DOCX archive has no package relationships)</source>
            <translation>bukan dokumen Word (arsip DOCX tidak memiliki relasi paket)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>the Word document is damaged ({error})</source>
            <translation>dokumen Word rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>the Word document is damaged or incomplete and cannot be read</source>
            <translation>dokumen Word rusak atau tidak lengkap dan tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <source>not a Word document (the archive holds another kind of file)</source>
            <translation>bukan dokumen Word (arsip berisi jenis berkas lain)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>Comment {n}</source>
            <translation>Komentar {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/docx.py" />
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>, on “{anchor}”</source>
            <translation>, pada “{anchor}”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/importers/html.py" />
            <source>{n} image left out</source>
            <comment>{n} images left out</comment>
            <translation>
                <numerusform>{n} gambar tidak disertakan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/html.py" />
            <source>the page is not valid {encoding}; undecodable bytes were replaced by �</source>
            <translation>halaman tidak sah sebagai {encoding}; bita yang tidak dapat diurai diganti dengan �</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the file is too large to import ({size}; the limit is {limit})</source>
            <translation>berkas terlalu besar untuk diimpor ({size}; batasnya {limit})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the {ext} archive has too many parts ({n})</source>
            <translation>arsip {ext} memiliki terlalu banyak bagian ({n})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the PDF has {count} pages; QDA Desk reads PDFs of up to {limit} pages: split it</source>
            <translation>PDF memiliki {count} halaman; QDA Desk membaca PDF paling banyak {limit} halaman: pecah PDF ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>not {what} (the file is not a valid {ext} archive)</source>
            <translation>bukan {what} (berkas bukan arsip {ext} yang sah)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the {ext} archive is password-protected</source>
            <translation>arsip {ext} dilindungi kata sandi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the {ext} archive unpacks to more than {limit}; refused as a possible zip bomb</source>
            <translation>arsip {ext} terurai menjadi lebih dari {limit}; ditolak karena mungkin bom zip</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the PDF's compressed streams unpack to more than {limit}; refused as a possible PDF bomb</source>
            <translation>aliran terkompresi PDF terurai menjadi lebih dari {limit}; ditolak karena mungkin bom PDF</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the {ext} document's XML unpacks to more than {limit}, more than QDA Desk reads (a document this large would take gigabytes of memory); split it into smaller documents</source>
            <translation>XML dokumen {ext} membesar melebihi {limit} saat dibuka, lebih dari yang dibaca QDA Desk (dokumen sebesar ini akan memakan memori gigabita); pecah menjadi dokumen-dokumen yang lebih kecil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/limits.py" />
            <source>the {ext} archive part {part} is compressed {ratio}:1; refused as a possible zip bomb</source>
            <translation>bagian arsip {ext} {part} dikompresi {ratio}:1; ditolak karena mungkin bom zip</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/line_joining.py" />
            <source>{n} hard-wrapped line breaks were joined (Join hard-wrapped lines)</source>
            <translation>{n} pindah baris keras digabungkan (Gabungkan baris yang terpotong)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>an OpenDocument text</source>
            <translation>teks OpenDocument</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>not an OpenDocument text (content.xml is missing)</source>
            <translation>bukan teks OpenDocument (content.xml tidak ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>not an OpenDocument text (it has no text body)</source>
            <translation>bukan teks OpenDocument (tidak memiliki badan teks)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>the document contains a DTD, which is not allowed</source>
            <translation>dokumen memuat DTD, yang tidak diizinkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>the OpenDocument file is damaged ({error})</source>
            <translation>berkas OpenDocument rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/odt.py" />
            <source>not an OpenDocument text (the file is of type {type})</source>
            <translation>bukan teks OpenDocument (berkas bertipe {type})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>page {page} measures {width} × {height} points; QDA Desk reads pages from {low} to {high} points a side</source>
            <translation>halaman {page} berukuran {width} × {height} poin; QDA Desk membaca halaman dengan sisi {low} sampai {high} poin</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>not a PDF (the file has no PDF header)</source>
            <translation>bukan PDF (berkas tidak memiliki kepala PDF)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF is damaged and cannot be read</source>
            <translation>PDF rusak dan tidak dapat dibaca</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the text of page {pages} could not be read</source>
            <comment>the text of pages {pages} could not be read</comment>
            <translation>
                <numerusform>teks halaman {pages} tidak dapat dibaca</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF has no text layer (a scanned PDF?): its pages can be coded by regions; to code its text, run OCR on it first</source>
            <translation>PDF tidak memiliki lapisan teks (PDF hasil pindai?): halamannya dapat dikodekan per wilayah; untuk mengodekan teksnya, jalankan OCR terlebih dahulu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source> and {n} more</source>
            <translation> dan {n} lainnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF is encrypted; remove its password (e.g. print it to a new PDF) and import it again</source>
            <translation>PDF terenkripsi; hapus kata sandinya (mis. cetak ke PDF baru) lalu impor lagi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF is protected by a security handler QDA Desk cannot open</source>
            <translation>PDF dilindungi oleh penangan keamanan yang tidak dapat dibuka QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF is damaged: it has no pages</source>
            <translation>PDF rusak: tidak memiliki halaman</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>no text on page {pages} (images only?)</source>
            <comment>no text on pages {pages} (images only?)</comment>
            <translation>
                <numerusform>tidak ada teks di halaman {pages} (hanya gambar?)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/pdf.py" />
            <source>the PDF is damaged: page {page} cannot be read</source>
            <translation>PDF rusak: halaman {page} tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture.py" />
            <source>the picture claims {width} × {height} pixels, more than QDA Desk shows ({limit} million pixels at most); refused</source>
            <translation>gambar menyatakan ukuran {width} × {height} piksel, lebih dari yang ditampilkan QDA Desk (paling banyak {limit} juta piksel); ditolak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture.py" />
            <source>the TIFF file has {n} pages; only the first is shown</source>
            <translation>berkas TIFF memiliki {n} halaman; hanya halaman pertama yang ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture.py" />
            <source>the SVG is shown as a picture: its text cannot be searched or coded</source>
            <translation>SVG ditampilkan sebagai gambar: teksnya tidak dapat dicari atau dikodekan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture.py" />
            <source>the picture is animated ({n} frames); only the first is shown</source>
            <translation>gambar beranimasi ({n} bingkai); hanya bingkai pertama yang ditampilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the file is cut short (truncated)</source>
            <translation>berkas terpotong (tidak lengkap)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the {format} file is damaged</source>
            <translation>berkas {format} rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>not a picture QDA Desk reads (PNG, JPEG, GIF, TIFF, WebP, BMP, SVG)</source>
            <translation>bukan gambar yang dapat dibaca QDA Desk (PNG, JPEG, GIF, TIFF, WebP, BMP, SVG)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the picture's header gives no size (it is damaged)</source>
            <translation>kepala gambar tidak memuat ukuran (gambar rusak)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the SVG gives no size (neither width and height nor a viewBox)</source>
            <translation>SVG tidak memuat ukuran (tidak ada lebar dan tinggi maupun viewBox)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the {format} file has more than {n} parts; refused as damaged</source>
            <translation>berkas {format} memiliki lebih dari {n} bagian; ditolak karena rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the BMP file is compressed in a way QDA Desk cannot show</source>
            <translation>berkas BMP dikompresi dengan cara yang tidak dapat ditampilkan QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>the SVG declares XML entities, which QDA Desk does not read (for safety)</source>
            <translation>SVG mendeklarasikan entitas XML, yang tidak dibaca QDA Desk (demi keamanan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/picture_headers.py" />
            <source>not a picture QDA Desk reads (the SVG is not well-formed XML)</source>
            <translation>bukan gambar yang dapat dibaca QDA Desk (SVG bukan XML yang tersusun dengan baik)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/rtf.py" />
            <source>not an RTF document (it does not start with {{\rtf)</source>
            <translation>bukan dokumen RTF (tidak diawali dengan {{\rtf)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/txt.py" />
            <source>looks like a binary file, not text</source>
            <translation>tampaknya berkas biner, bukan teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/txt.py" />
            <source>the text is not UTF-8; it was read as Windows-1252 (Western European)</source>
            <translation>teks bukan UTF-8; dibaca sebagai Windows-1252 (Eropa Barat)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/txt.py" />
            <source>the text is neither UTF-8 nor Windows-1252; it was read as ISO-8859-1 (Latin-1)</source>
            <translation>teks bukan UTF-8 maupun Windows-1252; dibaca sebagai ISO-8859-1 (Latin-1)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/txt.py" />
            <source>the file is marked as {encoding} but has invalid byte sequences; they were replaced by �</source>
            <translation>berkas ditandai sebagai {encoding} tetapi memuat urutan bita yang tidak sah; bagian itu diganti dengan �</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>None of the sheet's documents is in the project; nothing changed</source>
            <translation>Tidak ada dokumen dalam lembar ini yang ada di proyek; tidak ada yang diubah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>{path}: the sheet is empty</source>
            <translation>{path}: lembar kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>{path}: the first row must name the variables (after the document column)</source>
            <translation>{path}: baris pertama harus berisi nama variabel (sesudah kolom dokumen)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>Import variables from {name}</source>
            <translation>Impor variabel dari {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>{path}: not an Excel workbook ({error})</source>
            <translation>{path}: bukan buku kerja Excel ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/importers/variables_xlsx.py" />
            <source>{document}, {name}: {error}</source>
            <translation>{document}, {name}: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>{n} pair of segments that meet</source>
            <comment>{n} pairs of segments that meet</comment>
            <translation>
                <numerusform>{n} pasangan segmen yang bertemu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>in {n} document</source>
            <comment>in {n} documents</comment>
            <translation>
                <numerusform>dalam {n} dokumen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Check every link against its segments (double-click it) and replace this draft with the story the network tells.</source>
            <translation>Periksa setiap tautan terhadap segmennya (klik ganda tautan itu) dan ganti draf ini dengan cerita yang dituturkan jaringan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>A causal network needs at least two codes as its variables</source>
            <translation>Jaringan kausal memerlukan paling sedikit dua kode sebagai variabelnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Causal network from a selection of codes.</source>
            <translation>Jaringan kausal dari kode-kode terpilih.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Links (from → to, sign, support):</source>
            <translation>Tautan (dari → ke, tanda, dukungan):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>No two variables' segments meet yet: draw the links by hand.</source>
            <translation>Belum ada segmen dari dua variabel yang bertemu: gambar tautannya secara manual.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Signs come from how two variables vary together across the display's units (Spearman's rho of at least 0.3: +, at most -0.3: −); a link without a sign needs your judgement.</source>
            <translation>Tanda berasal dari cara dua variabel berubah bersama di seluruh unit penyajian data (rho Spearman paling kecil 0,3: +, paling besar -0,3: −); tautan tanpa tanda memerlukan penilaian Anda.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Give each link its sign (right-click it: Sign) once you have read its segments.</source>
            <translation>Beri setiap tautan tandanya (klik kanan tautan itu: Tanda) setelah Anda membaca segmennya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Variables, left to right: {names}.</source>
            <translation>Variabel, dari kiri ke kanan: {names}.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>Causal network from the display '{name}'.</source>
            <translation>Jaringan kausal dari penyajian data '{name}'.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/causal.py" />
            <source>(unsaved)</source>
            <translation>(belum disimpan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/models.py" />
            <source>The two-case comparison needs two documents or cases</source>
            <translation>Perbandingan dua kasus memerlukan dua dokumen atau kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/models.py" />
            <source>No such code</source>
            <translation>Kode tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/models.py" />
            <source>The code theory model needs a code</source>
            <translation>Model teori kode memerlukan sebuah kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/models.py" />
            <source>The single-case model needs one document or case</source>
            <translation>Model kasus tunggal memerlukan satu dokumen atau kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/models.py" />
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Unknown map model '{model}': use {models}</source>
            <translation>Model peta '{model}' tidak dikenal: gunakan {models}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/records.py" />
            <source>document group</source>
            <translation>kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/records.py" />
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>case</source>
            <translation>kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/records.py" />
            <source>coded segment</source>
            <translation>segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/records.py" />
            <source>text box</source>
            <translation>kotak teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/records.py" />
            <source>image</source>
            <translation>gambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/render.py" />
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>Evidence</source>
            <translation>Bukti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>node</source>
            <translation>simpul</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>kind</source>
            <translation>jenis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>refers to</source>
            <translation>merujuk ke</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>layer</source>
            <translation>lapisan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>link</source>
            <translation>tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>from</source>
            <translation>dari</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>sign</source>
            <translation>tanda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>weight</source>
            <translation>bobot</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>segments</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>Nodes</source>
            <translation>Simpul</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>Links</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>start</source>
            <translation>awal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>end</source>
            <translation>akhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/maps/tables.py" />
            <source>segment</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Add to case</source>
            <translation>Tambahkan ke kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>No case with id {id}</source>
            <translation>Tidak ada kasus dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>No case called '{name}'</source>
            <translation>Tidak ada kasus bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>New case '{name}'</source>
            <translation>Kasus baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Rename case '{old}' to '{new}'</source>
            <translation>Ganti nama kasus '{old}' menjadi '{new}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Delete case '{name}'</source>
            <translation>Hapus kasus '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Add documents to case '{name}'</source>
            <translation>Tambahkan dokumen ke kasus '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Remove documents from case '{name}'</source>
            <translation>Keluarkan dokumen dari kasus '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>Set {name} of case '{case}'</source>
            <translation>Atur {name} untuk kasus '{case}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/cases.py" />
            <source>A case called '{name}' already exists</source>
            <translation>Kasus bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>A code name cannot contain '\'</source>
            <translation>Nama kode tidak boleh memuat '\'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>A code shortcut is a number from 1 to 9</source>
            <translation>Pintasan kode adalah angka 1 sampai 9</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>A code cannot be moved into itself or its subcodes</source>
            <translation>Kode tidak dapat dipindahkan ke dalam dirinya sendiri atau subkodenya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>'{color}' is not a colour of the form #RRGGBB</source>
            <translation>'{color}' bukan warna berbentuk #RRGGBB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>A code cannot be merged into one of its own subcodes</source>
            <translation>Kode tidak dapat digabungkan ke dalam salah satu subkodenya sendiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>{segments} segments, {subcodes} subcodes</source>
            <translation>{segments} segmen, {subcodes} subkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>New code '{name}'</source>
            <translation>Kode baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>A code called '{name}' already exists there</source>
            <translation>Kode bernama '{name}' sudah ada di sana</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Rename code '{old}' to '{new}'</source>
            <translation>Ganti nama kode '{old}' menjadi '{new}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Colour code '{name}'</source>
            <translation>Beri warna kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Describe code '{name}'</source>
            <translation>Deskripsikan kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Shortcut for code '{name}'</source>
            <translation>Pintasan untuk kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Change code '{name}'</source>
            <translation>Ubah kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Move code '{name}'</source>
            <translation>Pindahkan kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Merge '{names}' into '{target}'</source>
            <translation>Gabungkan '{names}' ke dalam '{target}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>Delete code '{name}'</source>
            <translation>Hapus kode '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codes.py" />
            <source>No code called '{path}'</source>
            <translation>Tidak ada kode bernama '{path}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Remove coded segment</source>
            <translation>Hapus segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Positions must be whole numbers</source>
            <translation>Posisi harus berupa bilangan bulat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>A weight is a whole number from 0 to 100</source>
            <translation>Bobot adalah bilangan bulat dari 0 sampai 100</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Edit comment</source>
            <translation>Sunting komentar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Remove {n} coded segments</source>
            <translation>Hapus {n} segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Code with new code '{name}'</source>
            <translation>Kodekan dengan kode baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>{start}-{end} does not fit document '{name}' ({length} characters): start must be at least 0 and below end, end at most the length</source>
            <translation>{start}-{end} tidak muat dalam dokumen '{name}' ({length} karakter): awal paling kecil 0 dan di bawah akhir, akhir paling besar sepanjang dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>No coded segment with id {id}</source>
            <translation>Tidak ada segmen terkode dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Code with '{name}'</source>
            <translation>Kodekan dengan '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Set weight to {weight}</source>
            <translation>Atur bobot menjadi {weight}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/codings.py" />
            <source>Move segments to '{name}'</source>
            <translation>Pindahkan segmen ke '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>document set</source>
            <translation>set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>Set {n}</source>
            <translation>Set {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>No document set with id {id}</source>
            <translation>Tidak ada set dokumen dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>No document set called '{name}'</source>
            <translation>Tidak ada set dokumen bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>New document set '{name}'</source>
            <translation>Set dokumen baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>Rename document set '{old}' to '{new}'</source>
            <translation>Ganti nama set dokumen '{old}' menjadi '{new}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>Delete document set '{name}'</source>
            <translation>Hapus set dokumen '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>Add documents to set '{name}'</source>
            <translation>Tambahkan dokumen ke set '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>Remove documents from set '{name}'</source>
            <translation>Keluarkan dokumen dari set '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/document_sets.py" />
            <source>A document set called '{name}' already exists</source>
            <translation>Set dokumen bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>group</source>
            <translation>kelompok</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>A group cannot be moved into itself</source>
            <translation>Kelompok tidak dapat dipindahkan ke dalam dirinya sendiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>NUL characters in the text were replaced by �</source>
            <translation>Karakter NUL dalam teks diganti dengan �</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Import cancelled; nothing was changed</source>
            <translation>Impor dibatalkan; tidak ada yang diubah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Import '{name}'</source>
            <translation>Impor '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Import {n} documents</source>
            <translation>Impor {n} dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Delete document '{name}'</source>
            <translation>Hapus dokumen '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Delete {n} documents</source>
            <translation>Hapus {n} dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>'{path}' is not a valid path</source>
            <translation>'{path}' bukan jalur yang sah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>A {what} needs a name</source>
            <translation>Nama {what} tidak boleh kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>No document with id {id}</source>
            <translation>Tidak ada dokumen dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>No document called '{name}'</source>
            <translation>Tidak ada dokumen bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>No document group with id {id}</source>
            <translation>Tidak ada kelompok dokumen dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>No document group called '{path}'</source>
            <translation>Tidak ada kelompok dokumen bernama '{path}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>New document group '{name}'</source>
            <translation>Kelompok dokumen baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Rename group '{old}' to '{new}'</source>
            <translation>Ganti nama kelompok '{old}' menjadi '{new}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Move group '{name}'</source>
            <translation>Pindahkan kelompok '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Delete group '{name}'</source>
            <translation>Hapus kelompok '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>A group called '{name}' already exists there</source>
            <translation>Kelompok bernama '{name}' sudah ada di sana</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Rename document '{old}' to '{new}'</source>
            <translation>Ganti nama dokumen '{old}' menjadi '{new}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Move document '{name}'</source>
            <translation>Pindahkan dokumen '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>Colour document '{name}'</source>
            <translation>Beri warna dokumen '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>A document called '{name}' already exists</source>
            <translation>Dokumen bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/documents.py" />
            <source>None of the {n} files could be imported:</source>
            <translation>Tidak satu pun dari {n} berkas dapat diimpor:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/import_notes.py" />
            <source>the file has no text: it was imported as an empty document</source>
            <translation>berkas tidak memiliki teks: diimpor sebagai dokumen kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>SQLite: {message}</source>
            <translation>SQLite: {message}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Broken reference in {table} (row {row})</source>
            <translation>Rujukan rusak di {table} (baris {row})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>A journal '{name}' lies beside the project: a write is in progress or was interrupted; it belongs to the project (copy both files, or wait)</source>
            <translation>Sebuah jurnal '{name}' terletak di samping proyek: penulisan sedang berlangsung atau terputus; jurnal itu bagian dari proyek (salin kedua berkas, atau tunggu)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Coded segment {id} ({start}-{end}) does not fit '{name}' ({length})</source>
            <translation>Segmen terkode {id} ({start}-{end}) tidak muat dalam '{name}' ({length})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Region {id} does not fit page {page} of '{name}'</source>
            <translation>Wilayah {id} tidak muat dalam halaman {page} dari '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Memo {id} ({start}-{end}) does not fit '{name}' ({length})</source>
            <translation>Memo {id} ({start}-{end}) tidak muat dalam '{name}' ({length})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Paraphrase {id} ({start}-{end}) does not fit '{name}' ({length})</source>
            <translation>Parafrasa {id} ({start}-{end}) tidak muat dalam '{name}' ({length})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>SQLite: the project file is damaged ({error})</source>
            <translation>SQLite: berkas proyek rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Document '{name}' has no text</source>
            <translation>Dokumen '{name}' tidak memiliki teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/integrity.py" />
            <source>Document '{name}' says {length} characters but has {actual}</source>
            <translation>Dokumen '{name}' menyebut {length} karakter tetapi memiliki {actual}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>map</source>
            <translation>peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Only a causal network is made from a display</source>
            <translation>Hanya jaringan kausal yang dapat dibuat dari penyajian data</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>The minimum number of co-occurrences is at least 1</source>
            <translation>Jumlah minimum kemunculan bersama paling sedikit 1</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Generate map '{name}'</source>
            <translation>Hasilkan peta '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Map '{name}' was drawn by hand: there is nothing to refresh</source>
            <translation>Peta '{name}' digambar manual: tidak ada yang perlu diperbarui</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Refresh map '{name}'</source>
            <translation>Perbarui peta '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Unknown layout '{layout}': use {layouts}</source>
            <translation>Tata letak '{layout}' tidak dikenal: gunakan {layouts}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/map_models.py" />
            <source>Lay out map '{name}'</source>
            <translation>Atur tata letak peta '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Add map node</source>
            <translation>Tambahkan simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Move map node</source>
            <translation>Pindahkan simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Remove map node</source>
            <translation>Hapus simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A link's sign is +, - or nothing</source>
            <translation>Tanda sebuah tautan adalah +, - atau kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A link's weight is a number of at least 0</source>
            <translation>Bobot sebuah tautan adalah angka paling sedikit 0</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Edit map memo</source>
            <translation>Sunting memo peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Show or hide a map layer</source>
            <translation>Tampilkan atau sembunyikan lapisan peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A text box needs a text</source>
            <translation>Kotak teks memerlukan teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Edit map node</source>
            <translation>Sunting simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Both ends of a link must be on the same map</source>
            <translation>Kedua ujung tautan harus berada pada peta yang sama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A link needs two different nodes</source>
            <translation>Tautan memerlukan dua simpul yang berbeda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Add map link</source>
            <translation>Tambahkan tautan peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Edit map link</source>
            <translation>Sunting tautan peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Remove map link</source>
            <translation>Hapus tautan peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Attach segments to a link</source>
            <translation>Lekatkan segmen pada tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Detach segments from a link</source>
            <translation>Lepaskan segmen dari tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A {what} name cannot be empty</source>
            <translation>Nama {what} tidak boleh kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Add {n} map nodes</source>
            <translation>Tambahkan {n} simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Move {n} map nodes</source>
            <translation>Pindahkan {n} simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Remove {n} map nodes</source>
            <translation>Hapus {n} simpul peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Unknown link style '{style}': use {styles}</source>
            <translation>Gaya tautan '{style}' tidak dikenal: gunakan {styles}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>No map with id {id}</source>
            <translation>Tidak ada peta dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>No map named '{name}'</source>
            <translation>Tidak ada peta bernama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>No map node with id {id}</source>
            <translation>Tidak ada simpul peta dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>No map link with id {id}</source>
            <translation>Tidak ada tautan peta dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Create map '{name}'</source>
            <translation>Buat peta '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>A map named '{name}' exists already</source>
            <translation>Peta bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Rename map to '{name}'</source>
            <translation>Ganti nama peta menjadi '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Delete map '{name}'</source>
            <translation>Hapus peta '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Unknown node kind '{kind}'</source>
            <translation>Jenis simpul '{kind}' tidak dikenal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>No {kind} with id {id}</source>
            <translation>Tidak ada {kind} dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Move to layer '{layer}'</source>
            <translation>Pindahkan ke lapisan '{layer}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/maps.py" />
            <source>Add {n} map links</source>
            <translation>Tambahkan {n} tautan peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>New logbook entry</source>
            <translation>Entri buku log baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Edit logbook entry</source>
            <translation>Sunting entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Delete logbook entry</source>
            <translation>Hapus entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>A summary belongs to one document or one case</source>
            <translation>Ringkasan milik satu dokumen atau satu kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Edit summary</source>
            <translation>Sunting ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>A saved item needs a name</source>
            <translation>Butir yang disimpan memerlukan nama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>The memo's position does not fit the document</source>
            <translation>Posisi memo tidak muat dalam dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Nothing saved called '{name}'</source>
            <translation>Tidak ada yang disimpan dengan nama '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>No memo with id {id}</source>
            <translation>Tidak ada memo dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Unknown memo kind '{kind}'</source>
            <translation>Jenis memo '{kind}' tidak dikenal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>A {kind} memo needs something to attach to</source>
            <translation>Memo {kind} memerlukan sesuatu untuk dilekati</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>New memo '{title}'</source>
            <translation>Memo baru '{title}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Edit memo '{title}'</source>
            <translation>Sunting memo '{title}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Delete memo '{title}'</source>
            <translation>Hapus memo '{title}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/memos.py" />
            <source>Save '{name}'</source>
            <translation>Simpan '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Remove paraphrase</source>
            <translation>Hapus parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>A paraphrase cannot be empty</source>
            <translation>Parafrasa tidak boleh kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Add paraphrase</source>
            <translation>Tambah parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Edit paraphrase</source>
            <translation>Sunting parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Choose the paraphrases to categorize</source>
            <translation>Pilih parafrasa yang akan dikategorikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Choose one category: an existing code or a new one</source>
            <translation>Pilih satu kategori: kode yang sudah ada atau kode baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Remove {n} paraphrases</source>
            <translation>Hapus {n} parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>No paraphrase with id {id}</source>
            <translation>Tidak ada parafrasa dengan id {id}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>Categorize paraphrases as '{name}'</source>
            <translation>Kategorikan parafrasa sebagai '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/paraphrases.py" />
            <source>The passage {start}-{end} overlaps the paraphrase at {other_start}-{other_end} (“{text}”): paraphrases in a document do not overlap</source>
            <translation>Bagian teks {start}-{end} tumpang tindih dengan parafrasa di {other_start}-{other_end} (“{text}”): parafrasa dalam satu dokumen tidak boleh tumpang tindih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>A region is four numbers: x1 y1 x2 y2</source>
            <translation>Wilayah terdiri dari empat angka: x1 y1 x2 y2</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>A region needs a width and a height</source>
            <translation>Wilayah memerlukan lebar dan tinggi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>A weight is between 0 and 100</source>
            <translation>Bobot berada di antara 0 dan 100</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>Only a region can be moved or resized</source>
            <translation>Hanya wilayah yang dapat dipindahkan atau diubah ukurannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>Move region</source>
            <translation>Pindahkan wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>Code region with new code '{name}'</source>
            <translation>Kodekan wilayah dengan kode baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>A picture has no pages</source>
            <translation>Gambar tidak memiliki halaman</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>The region {box} lies outside the page (0 0 {width:g} {height:g})</source>
            <translation>Wilayah {box} berada di luar halaman (0 0 {width:g} {height:g})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>Code region with '{name}'</source>
            <translation>Kodekan wilayah dengan '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>'{name}' is a text document: regions are drawn on PDFs and pictures</source>
            <translation>'{name}' adalah dokumen teks: wilayah digambar pada PDF dan gambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>'{name}' has no pages</source>
            <translation>'{name}' tidak memiliki halaman</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/regions.py" />
            <source>'{name}' has pages 1 to {count}, not {page}</source>
            <translation>'{name}' memiliki halaman 1 sampai {count}, bukan {page}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>Unknown variable type '{type}'</source>
            <translation>Tipe variabel '{type}' tidak dikenal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>Delete variable</source>
            <translation>Hapus variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>'{value}' is not a valid {type} value</source>
            <translation>'{value}' bukan nilai {type} yang sah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>New variable '{name}'</source>
            <translation>Variabel baru '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>A variable called '{name}' already exists</source>
            <translation>Variabel bernama '{name}' sudah ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>Set {name} of '{document}'</source>
            <translation>Atur {name} untuk '{document}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>Variable '{name}' is of type {type}</source>
            <translation>Variabel '{name}' bertipe {type}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/ops/variables.py" />
            <source>{value} is too large for an integer variable (at most {limit})</source>
            <translation>{value} terlalu besar untuk variabel bilangan bulat (paling besar {limit})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: no such backup</source>
            <translation>{path}: cadangan itu tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: a project cannot be restored from itself</source>
            <translation>{path}: proyek tidak dapat dikembalikan dari dirinya sendiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: the copy could not be made ({error})</source>
            <translation>{path}: salinan tidak dapat dibuat ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: cannot make the backup folder ({error})</source>
            <translation>{path}: folder cadangan tidak dapat dibuat ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: not a QDA Desk project or damaged</source>
            <translation>{path}: bukan proyek QDA Desk atau rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: not a QDA Desk project or damaged; nothing was restored</source>
            <translation>{path}: bukan proyek QDA Desk atau rusak; tidak ada yang dikembalikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/backup.py" />
            <source>{path}: the backup could not be restored ({error})</source>
            <translation>{path}: cadangan tidak dapat dikembalikan ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: this project was saved by a newer version of QDA Desk (schema {version}, this version reads up to {known}); update QDA Desk to open it. The file was not changed.</source>
            <translation>{path}: proyek ini disimpan oleh versi QDA Desk yang lebih baru (skema {version}, versi ini membaca paling tinggi {known}); perbarui QDA Desk untuk membukanya. Berkas tidak diubah.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: is a folder; name a new project file</source>
            <translation>{path}: adalah folder; sebutkan nama berkas proyek baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: is a folder, not a project file</source>
            <translation>{path}: adalah folder, bukan berkas proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: not a QDA Desk project</source>
            <translation>{path}: bukan proyek QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: cannot create the project ({error})</source>
            <translation>{path}: proyek tidak dapat dibuat ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <location filename="../../qdadesk/core/store/opening.py" />
            <source>{path}: cannot open the project ({error})</source>
            <translation>{path}: proyek tidak dapat dibuka ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: not a QDA Desk project or damaged ({error})</source>
            <translation>{path}: bukan proyek QDA Desk atau rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/connection.py" />
            <source>{path}: an interrupted write left '{journal}' beside the project and the folder is read-only, so it cannot be rolled back; copy the project and its journal to a writable folder and open the copy</source>
            <translation>{path}: penulisan yang terputus meninggalkan '{journal}' di samping proyek dan foldernya hanya-baca, sehingga tidak dapat dibatalkan; salin proyek beserta jurnalnya ke folder yang dapat ditulisi lalu buka salinannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/lock.py" />
            <source>{user} on {host} since {since}</source>
            <translation>{user} di {host} sejak {since}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/lock.py" />
            <source>{name} is open in another window ({owner})</source>
            <translation>{name} sedang terbuka di jendela lain ({owner})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/lock.py" />
            <source>{path}: cannot create the lock file ({error})</source>
            <translation>{path}: berkas kunci tidak dapat dibuat ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/opening.py" />
            <source>{path}: an older version saved this project; it can be opened read-only only after one ordinary open has updated it</source>
            <translation>{path}: proyek ini disimpan oleh versi lama; proyek ini baru dapat dibuka hanya-baca setelah sekali dibuka secara biasa untuk memperbaruinya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/opening.py" />
            <source>{path}: the project file is damaged and was saved by an older version; recover it with qdadesk-cli recover</source>
            <translation>{path}: berkas proyek rusak dan disimpan oleh versi lama; pulihkan dengan qdadesk-cli recover</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/opening.py" />
            <source>{path}: the project file is damaged so that it cannot be read; restore a backup or try qdadesk-cli recover</source>
            <translation>{path}: berkas proyek rusak sehingga tidak dapat dibaca; kembalikan sebuah cadangan atau coba qdadesk-cli recover</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <source>Recovery cancelled; no project was made</source>
            <translation>Pemulihan dibatalkan; tidak ada proyek yang dibuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <source>the file's table of contents was damaged; tables not found (empty, or lost): {names}</source>
            <translation>daftar isi berkas rusak; tabel yang tidak ditemukan (kosong, atau hilang): {names}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <source>{path}: the file's table of contents (its schema) is damaged, so no table can be found in it; restore a backup (qdadesk-cli backups lists them)</source>
            <translation>{path}: daftar isi berkas (skemanya) rusak, sehingga tidak ada tabel yang dapat ditemukan di dalamnya; kembalikan sebuah cadangan (qdadesk-cli backups menampilkan daftarnya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <source>document '{name}' dropped: its text could not be read</source>
            <translation>dokumen '{name}' dibuang: teksnya tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/core/store/salvage.py" />
            <source>could not rebuild an index ({error})</source>
            <translation>sebuah indeks tidak dapat dibangun ulang ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/render/raster.py" />
            <source>The map could not be drawn</source>
            <translation>Peta tidak dapat digambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/render/raster.py" />
            <source>The picture would be too large: choose a smaller resolution</source>
            <translation>Gambar akan terlalu besar: pilih resolusi yang lebih kecil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/render/raster.py" />
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>the image could not be written</source>
            <translation>gambar tidak dapat ditulis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Settings file</source>
            <translation>Berkas pengaturan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>QDA Desk's data folder</source>
            <translation>Folder data QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Portable mode</source>
            <translation>Mode portabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>About QDA Desk</source>
            <translation>Tentang QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Offline qualitative data analysis.
Free software under the MIT licence. Copyright © 2026 QDA Desk developers.</source>
            <translation>Analisis data kualitatif secara luring.
Perangkat lunak bebas dengan lisensi MIT. Hak cipta © 2026 para pengembang QDA Desk.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Licences</source>
            <translation>Lisensi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Your data</source>
            <translation>Data Anda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>QDA Desk includes these libraries, each under its own licence. Qt and Qt for Python (PySide6) are used under the GNU LGPL 3.0: you may replace them with your own build of the same version (see “Replacing Qt”).</source>
            <translation>QDA Desk menyertakan pustaka-pustaka berikut, masing-masing dengan lisensinya sendiri. Qt dan Qt for Python (PySide6) digunakan di bawah GNU LGPL 3.0: Anda boleh menggantinya dengan hasil build Anda sendiri dari versi yang sama (lihat “Mengganti Qt”).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Replacing Qt (LGPL)</source>
            <translation>Mengganti Qt (LGPL)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Open the licences folder</source>
            <translation>Buka folder lisensi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>no (put a file portable.txt beside the program to turn it on)</source>
            <translation>tidak (letakkan berkas portable.txt di samping program untuk mengaktifkannya)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Open project</source>
            <translation>Proyek yang terbuka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Its backups</source>
            <translation>Cadangannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>in a folder Backups beside each project</source>
            <translation>di folder Backups di samping setiap proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>yes: settings and data stay in {folder}</source>
            <translation>ya: pengaturan dan data tetap berada di {folder}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/about_dialog.py" />
            <source>(missing: {path})</source>
            <translation>(tidak ada: {path})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Activate by Variables…</source>
            <translation>Aktifkan Menurut Variabel…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Complex Coding Query…</source>
            <translation>Kueri Pengodean Kompleks…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Lexical Search…</source>
            <translation>Pencarian Leksikal…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Word Frequencies…</source>
            <translation>Frekuensi Kata…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Smart Coding Tool…</source>
            <translation>Alat Pengodean Cerdas…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <source>Intercoder Agreement…</source>
            <translation>Kesepakatan Antarpengode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/actions.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/paraphrases/actions.py" />
            <source>Analysis</source>
            <translation>Analisis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Activate by Document Variables</source>
            <translation>Aktifkan Menurut Variabel Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>role = "developer" and age &gt;= 40</source>
            <translation>role = "developer" and age &gt;= 40</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Compare with = != &lt; &lt;= &gt; &gt;= or in (a, b); join with and, or, not. Text in quotes, dates as 2021-03-01, names with spaces in `backticks`. Double-click a variable to insert it.</source>
            <translation>Bandingkan dengan = != &lt; &lt;= &gt; &gt;= atau in (a, b); gabungkan dengan and, or, not. Teks di antara tanda kutip, tanggal seperti 2021-03-01, nama berspasi di antara `backtick`. Klik ganda sebuah variabel untuk menyisipkannya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Activated codes include their subcodes</source>
            <translation>Kode yang diaktifkan mencakup subkodenya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Recall</source>
            <translation>Panggil Kembali</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Save As…</source>
            <translation>Simpan Sebagai…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Variables:</source>
            <translation>Variabel:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Operators:</source>
            <translation>Operator:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Formula:</source>
            <translation>Formula:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Weight from:</source>
            <translation>Bobot dari:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Coders:</source>
            <translation>Pengode:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Saved sets:</source>
            <translation>Set tersimpan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Activate</source>
            <translation>Aktifkan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>{n} document matches</source>
            <comment>{n} documents match</comment>
            <translation>
                <numerusform>{n} dokumen cocok</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>The lowest weight must not be above the highest</source>
            <translation>Bobot terendah tidak boleh melebihi bobot tertinggi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Save Activation</source>
            <translation>Simpan Aktivasi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Type a formula to choose documents.</source>
            <translation>Ketik formula untuk memilih dokumen.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Activated '{name}': all documents</source>
            <translation>'{name}' diaktifkan: semua dokumen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/activation_dialog.py" />
            <source>Activated '{name}': {n} document</source>
            <comment>Activated '{name}': {n} documents</comment>
            <translation>
                <numerusform>'{name}' diaktifkan: {n} dokumen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Intercoder Agreement</source>
            <translation>Kesepakatan Antarpengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Two coders in this project</source>
            <translation>Dua pengode dalam proyek ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Coder B from another project file:</source>
            <translation>Pengode B dari berkas proyek lain:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>the other coder's .qdadesk file</source>
            <translation>berkas .qdadesk milik pengode lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Code presence in the document</source>
            <translation>Kehadiran kode dalam dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Code frequency in the document</source>
            <translation>Frekuensi kode dalam dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Segment overlap</source>
            <translation>Tumpang tindih segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Subcodes merged into the chosen codes</source>
            <translation>Subkode digabungkan ke dalam kode yang dipilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Only activated documents</source>
            <translation>Hanya dokumen yang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Compare:</source>
            <translation>Bandingkan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Level:</source>
            <translation>Tingkat:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Codes (none: every code used):</source>
            <translation>Kode (kosong: setiap kode yang dipakai):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Paragraphs</source>
            <translation>Paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Compute</source>
            <translation>Hitung</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Export…</source>
            <translation>Ekspor…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Coder B's project</source>
            <translation>Proyek pengode B</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>QDA Desk projects (*.qdadesk)</source>
            <translation>Proyek QDA Desk (*.qdadesk)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Export Intercoder Agreement</source>
            <translation>Ekspor Kesepakatan Antarpengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Both coders' segments</source>
            <translation>Segmen kedua pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>A:</source>
            <translation>A:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>B:</source>
            <translation>B:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Least overlap:</source>
            <translation>Tumpang tindih minimal:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Agree</source>
            <translation>Sepakat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Disagree</source>
            <translation>Tidak sepakat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Percent</source>
            <translation>Persen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Cohen's kappa</source>
            <translation>Kappa Cohen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Krippendorff's α</source>
            <translation>α Krippendorff</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Writing the workbook…</source>
            <translation>Menulis buku kerja…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>(no segment of this code overlaps this stretch)</source>
            <translation>(tidak ada segmen kode ini yang tumpang tindih dengan bagian ini)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>No documents are activated</source>
            <translation>Tidak ada dokumen yang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>{level}: {units} units, agreement {percent} %, kappa (Brennan &amp; Prediger) {bp}</source>
            <translation>{level}: {units} unit, kesepakatan {percent} %, kappa (Brennan &amp; Prediger) {bp}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Paragraphs × codes: {units} units, agreement {percent} %, Cohen's kappa {kappa}, Krippendorff's alpha {alpha}</source>
            <translation>Paragraf × kode: {units} unit, kesepakatan {percent} %, kappa Cohen {kappa}, alfa Krippendorff {alpha}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Disagreements ({n})</source>
            <translation>Ketidaksepakatan ({n})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>{document} · {code} · {coder}'s segment {start}–{end}</source>
            <translation>{document} · {code} · segmen {coder} {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>Left out (no matching document in the other file): {names}</source>
            <translation>Tidak disertakan (tidak ada dokumen yang cocok di berkas lain): {names}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <source>{coder}: {n} segment of this code here</source>
            <comment>{coder}: {n} segments of this code here</comment>
            <translation>
                <numerusform>{coder}: {n} segmen kode ini di sini</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/agreement_dialog.py" />
            <location filename="../../qdadesk/ui/displays/common.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Exported to {path}</source>
            <translation>Diekspor ke {path}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Intersection</source>
            <translation>Irisan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>The text coded with all the selected codes.</source>
            <translation>Teks yang dikodekan dengan semua kode yang dipilih.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Intersection (set)</source>
            <translation>Irisan (set)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Whole segments of any selected code that overlap segments of every other one.</source>
            <translation>Segmen utuh dari kode terpilih mana pun yang tumpang tindih dengan segmen dari setiap kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Overlapping</source>
            <translation>Tumpang tindih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A that overlap a segment of the others.</source>
            <translation>Segmen kode A yang tumpang tindih dengan segmen kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Only one code</source>
            <translation>Hanya satu kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of any selected code that overlap none of the others.</source>
            <translation>Segmen kode terpilih mana pun yang tidak tumpang tindih dengan kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Only this code</source>
            <translation>Hanya kode ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A that overlap none of the others.</source>
            <translation>Segmen kode A yang tidak tumpang tindih dengan kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>If inside</source>
            <translation>Jika di dalam</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A lying entirely inside a segment of the others.</source>
            <translation>Segmen kode A yang sepenuhnya berada di dalam segmen kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>If outside</source>
            <translation>Jika di luar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A not lying entirely inside any segment of the others.</source>
            <translation>Segmen kode A yang tidak sepenuhnya berada di dalam segmen mana pun dari kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Followed by</source>
            <translation>Diikuti oleh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A followed by a segment of the others within the distance.</source>
            <translation>Segmen kode A yang diikuti segmen kode lainnya dalam jarak tersebut.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Near</source>
            <translation>Dekat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Segments of code A with a segment of the others within the distance.</source>
            <translation>Segmen kode A yang memiliki segmen kode lainnya dalam jarak tersebut.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Complex Coding Query</source>
            <translation>Kueri Pengodean Kompleks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>characters</source>
            <translation>karakter</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Include subcodes</source>
            <translation>Sertakan subkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Function:</source>
            <translation>Fungsi:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Code A:</source>
            <translation>Kode A:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Other codes (B):</source>
            <translation>Kode lainnya (B):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Distance:</source>
            <translation>Jarak:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Run Query</source>
            <translation>Jalankan Kueri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Code Results</source>
            <translation>Hasil Kode</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>{n} segment found</source>
            <comment>{n} segments found</comment>
            <translation>
                <numerusform>{n} segmen ditemukan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Code the results with:</source>
            <translation>Kodekan hasilnya dengan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Choose code A and at least one other code.</source>
            <translation>Pilih kode A dan paling sedikit satu kode lainnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Run a query with results first.</source>
            <translation>Jalankan dulu kueri yang memberi hasil.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Choose or type the code for the results.</source>
            <translation>Pilih atau ketik kode untuk hasilnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Complex Coding Query: {mode}</source>
            <translation>Kueri Pengodean Kompleks: {mode}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/query_dialog.py" />
            <source>Coded {n} segment with '{code}' ({new} new).</source>
            <comment>Coded {n} segments with '{code}' ({new} new).</comment>
            <translation>
                <numerusform>{n} segmen dikodekan dengan '{code}' ({new} baru).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Only the search hit</source>
            <translation>Hanya temuan pencarian</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>The hit and N words either side</source>
            <translation>Temuan beserta N kata di kiri-kanannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>The sentence</source>
            <translation>Kalimatnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>The paragraph</source>
            <translation>Paragrafnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Lexical Search</source>
            <translation>Pencarian Leksikal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>e.g. teach*   or   slides AND lecture   or   "too many"</source>
            <translation>mis. ajar*   atau   slide AND kuliah   atau   "terlalu banyak"</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Case sensitive</source>
            <translation>Peka huruf besar/kecil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Find inside words too</source>
            <translation>Cari juga di dalam kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Ignore accents (cafe = café)</source>
            <translation>Abaikan aksen (cafe = café)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Search memos too</source>
            <translation>Cari juga di memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>code, or a new Parent\Child path</source>
            <translation>kode, atau jalur baru Induk\Anak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source> words</source>
            <translation> kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Autocode Hits</source>
            <translation>Kodekan Otomatis Temuan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Interviewer:  or  [id1]</source>
            <translation>Pewawancara:  atau  [id1]</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Code Speaker's Paragraphs</source>
            <translation>Kodekan Paragraf Penutur</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Autocode</source>
            <translation>Kodekan Otomatis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Code with:</source>
            <translation>Kodekan dengan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Code what:</source>
            <translation>Yang dikodekan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Speaker label:</source>
            <translation>Label penutur:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>the same document</source>
            <translation>dokumen yang sama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>the same paragraph</source>
            <translation>paragraf yang sama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>the same sentence</source>
            <translation>kalimat yang sama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Terms joined with AND must occur in</source>
            <translation>Istilah yang digabung dengan AND harus muncul di</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Hit</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Context</source>
            <translation>Konteks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Choose or type the code to code with.</source>
            <translation>Pilih atau ketik kode yang akan dipakai untuk mengodekan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Search first: there are no hits to code.</source>
            <translation>Cari dulu: tidak ada temuan untuk dikodekan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>{hits} in {places}</source>
            <translation>{hits} di {places}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>{n} document or memo</source>
            <comment>{n} documents or memos</comment>
            <translation>
                <numerusform>{n} dokumen atau memo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/search_dialog.py" />
            <source>Coded {n} segment with '{code}' ({new} new). Undo takes it back.</source>
            <comment>Coded {n} segments with '{code}' ({new} new). Undo takes them all back.</comment>
            <translation>
                <numerusform>{n} segmen dikodekan dengan '{code}' ({new} baru). Urungkan akan membatalkannya.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Smart Coding Tool</source>
            <translation>Alat Pengodean Cerdas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>New Subcode…</source>
            <translation>Subkode Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Move Selected Segments</source>
            <translation>Pindahkan Segmen Terpilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Codes (drop segments on a code to move them):</source>
            <translation>Kode (letakkan segmen pada sebuah kode untuk memindahkannya):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Select segments and a code to move them to.</source>
            <translation>Pilih segmen dan kode tujuan pemindahannya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Choose the code to split first.</source>
            <translation>Pilih dulu kode yang akan dipecah.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <source>New Subcode</source>
            <translation>Subkode Baru</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/segment_review.py" />
            <source>Moved {n} segment to '{code}'.</source>
            <comment>Moved {n} segments to '{code}'.</comment>
            <translation>
                <numerusform>{n} segmen dipindahkan ke '{code}'.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Word Frequencies</source>
            <translation>Frekuensi Kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Activated documents (all if none)</source>
            <translation>Dokumen yang diaktifkan (semua bila tidak ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>min. length </source>
            <translation>panjang min. </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Count Words</source>
            <translation>Hitung Kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Your own stop words, one per line</source>
            <translation>Kata henti Anda sendiri, satu per baris</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Save Stop Words</source>
            <translation>Simpan Kata Henti</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Export XLSX…</source>
            <translation>Ekspor XLSX…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Save Word Cloud…</source>
            <translation>Simpan Awan Kata…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Stop words:</source>
            <translation>Kata henti:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Rank</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Word</source>
            <translation>Kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <location filename="../../qdadesk/ui/exchange/report_dialog.py" />
            <source>Count</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Export Word Frequencies</source>
            <translation>Ekspor Frekuensi Kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Save Word Cloud</source>
            <translation>Simpan Awan Kata</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>{n} different word, {total} counted</source>
            <comment>{n} different words, {total} counted</comment>
            <translation>
                <numerusform>{n} kata berbeda, {total} dihitung</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>Segments of {code}</source>
            <translation>Segmen {code}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/analysis/word_frequency.py" />
            <source>{path}: cannot write</source>
            <translation>{path}: tidak dapat menulis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/application.py" />
            <source>QDA Desk window</source>
            <translation>Jendela QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/application.py" />
            <source>project file (.qdadesk) to open, or REFI-QDA file (.qdpx) to import</source>
            <translation>berkas proyek (.qdadesk) yang akan dibuka, atau berkas REFI-QDA (.qdpx) yang akan diimpor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/application.py" />
            <source>open a fresh copy of the sample project</source>
            <translation>buka salinan baru proyek contoh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/application.py" />
            <source>check that this installation works (no screen needed), then exit</source>
            <translation>periksa bahwa instalasi ini berfungsi (tanpa perlu layar), lalu keluar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/background.py" />
            <source>Failed: {error}</source>
            <translation>Gagal: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/background.py" />
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Select one or more documents (Ctrl or Shift + click).</source>
            <translation>Pilih satu dokumen atau lebih (Ctrl atau Shift + klik).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Cases</source>
            <translation>Kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Add Documents…</source>
            <translation>Tambah Dokumen…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Remove from Case</source>
            <translation>Keluarkan dari Kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Drag documents here from the Document System.</source>
            <translation>Seret dokumen ke sini dari Sistem Dokumen.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>A case groups documents under one unit of analysis (a person, a family, an organisation). Double-click a cell to rename a case or edit a case variable; the Summary Grid and the displays can show cases as columns.</source>
            <translation>Kasus mengelompokkan dokumen di bawah satu unit analisis (seseorang, sebuah keluarga, sebuah organisasi). Klik ganda sebuah sel untuk mengganti nama kasus atau menyunting variabel kasus; Kisi Ringkasan dan penyajian data dapat menampilkan kasus sebagai kolom.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>New Case</source>
            <translation>Kasus Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Name of the case:</source>
            <translation>Nama kasus:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Delete Case</source>
            <translation>Hapus Kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Add Documents to Case</source>
            <translation>Tambah Dokumen ke Kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>New Case Variable</source>
            <translation>Variabel Kasus Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>New Case…</source>
            <translation>Kasus Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Delete Case…</source>
            <translation>Hapus Kasus…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>New Case Variable…</source>
            <translation>Variabel Kasus Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Documents of the case</source>
            <translation>Dokumen dalam kasus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Documents of '{name}'</source>
            <translation>Dokumen dalam '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/cases_dialog.py" />
            <source>Delete the case '{name}' with its variable values and summaries? Its documents stay. You can undo it with Edit &gt; Undo.</source>
            <translation>Hapus kasus '{name}' beserta nilai variabel dan ringkasannya? Dokumennya tetap ada. Anda dapat mengurungkannya dengan Sunting &gt; Urungkan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Code colour</source>
            <translation>Warna kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Code name</source>
            <translation>Nama kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <source>What the code means, when to use it (code memo)</source>
            <translation>Arti kode ini, kapan memakainya (memo kode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Colour:</source>
            <translation>Warna:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Description:</source>
            <translation>Deskripsi:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Merge Code</source>
            <translation>Gabungkan Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>New Code</source>
            <translation>Kode Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <source>Parent:</source>
            <translation>Induk:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/dialogs.py" />
            <source>Merge '{source}' into the code below. Its coded segments, memos and subcodes move there and '{source}' is deleted (undo brings it back).</source>
            <translation>Gabungkan '{source}' ke dalam kode di bawah. Segmen terkode, memo, dan subkodenya pindah ke sana dan '{source}' dihapus (urungkan akan mengembalikannya).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/model.py" />
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Created: {d}</source>
            <translation>Dibuat: {d}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/model.py" />
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Modified: {d}</source>
            <translation>Diubah: {d}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/model.py" />
            <source>{own} coded segments; with subcodes {total}</source>
            <translation>{own} segmen terkode; dengan subkode {total}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Code System</source>
            <translation>Sistem Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>New Code…</source>
            <translation>Kode Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Rename Code</source>
            <translation>Ganti Nama Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Delete Code…</source>
            <translation>Hapus Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Colour…</source>
            <translation>Warna…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Edit Description…</source>
            <translation>Sunting Deskripsi…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Code Memo…</source>
            <translation>Memo Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Merge Into…</source>
            <translation>Gabungkan ke…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Activate All Codes</source>
            <translation>Aktifkan Semua Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Deactivate All Codes</source>
            <translation>Nonaktifkan Semua Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>What the code means, when to use it:</source>
            <translation>Arti kode ini, kapan memakainya:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Merge Codes</source>
            <translation>Gabungkan Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Name of the new code:</source>
            <translation>Nama kode baru:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>{n} subcode</source>
            <comment>{n} subcodes</comment>
            <translation>
                <numerusform>{n} subkode</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>{n} memo</source>
            <comment>{n} memos</comment>
            <translation>
                <numerusform>{n} memo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Delete the code '{name}' with its {details}?</source>
            <translation>Hapus kode '{name}' beserta {details}?</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Delete Code</source>
            <translation>Hapus Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Merge '{names}' into '{target}'?</source>
            <translation>Gabungkan '{names}' ke dalam '{target}'?</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Favourite Key</source>
            <translation>Tombol Favorit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Colour of '{name}'</source>
            <translation>Warna '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Description of '{name}'</source>
            <translation>Deskripsi '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Activate with Subcodes</source>
            <translation>Aktifkan beserta Subkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Activate Only This Code</source>
            <translation>Aktifkan Hanya Kode Ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Give the subcodes of '{name}' this colour too?</source>
            <translation>Beri warna ini juga pada subkode '{name}'?</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/code_system/view.py" />
            <source>Merge '{source}' into:</source>
            <translation>Gabungkan '{source}' ke:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Your coder name</source>
            <translation>Nama pengode Anda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Your name as a coder (written on your codings, memos and summaries):</source>
            <translation>Nama Anda sebagai pengode (dicatat pada pengodean, memo, dan ringkasan Anda):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Show only some coders' segments (here and in every analysis)</source>
            <translation>Tampilkan hanya segmen dari pengode tertentu (di sini dan di setiap analisis)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>All coders</source>
            <translation>Semua pengode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Coders: all</source>
            <translation>Pengode: semua</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Coders: none</source>
            <translation>Pengode: tidak ada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coders.py" />
            <source>Coders: {names}</source>
            <translation>Pengode: {names}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Red</source>
            <translation>Merah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Green</source>
            <translation>Hijau</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Yellow</source>
            <translation>Kuning</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Blue</source>
            <translation>Biru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Magenta</source>
            <translation>Magenta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Select some words to code in vivo</source>
            <translation>Pilih beberapa kata untuk dikodekan secara in vivo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code In-Vivo</source>
            <translation>Kode In-Vivo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>A new code named by the selected words codes them</source>
            <translation>Kode baru yang dinamai dengan kata-kata terpilih akan mengodekannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Code with Current Code</source>
            <translation>Kodekan dengan Kode Saat Ini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code the selection with the selected code</source>
            <translation>Kodekan seleksi dengan kode yang dipilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code with New Code…</source>
            <translation>Kodekan dengan Kode Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>A new code for the selected text</source>
            <translation>Kode baru untuk teks yang dipilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Select some text in a document first</source>
            <translation>Pilih dulu sebagian teks dalam dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>In-vivo coding names a code by selected words: select text, not a region</source>
            <translation>Pengodean in vivo menamai kode dengan kata-kata yang dipilih: pilih teks, bukan wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Select a code in the Code System first</source>
            <translation>Pilih dulu sebuah kode di Sistem Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code in vivo with '{name}'</source>
            <translation>Kodekan in vivo dengan '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Highlight {colour}</source>
            <translation>Sorot {colour}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code the selection with the colour code '{name}'</source>
            <translation>Kodekan seleksi dengan kode warna '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>No code is on key {n}; set one in the code's context menu</source>
            <translation>Tidak ada kode pada tombol {n}; tetapkan satu kode lewat menu konteks kode itu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code with Favourite {n}</source>
            <translation>Kodekan dengan Favorit {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Code the selection with the code on key {n}</source>
            <translation>Kodekan seleksi dengan kode pada tombol {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/coding_actions.py" />
            <source>Highlight in {colour}</source>
            <translation>Sorot dengan {colour}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Code Matrix Browser</source>
            <translation>Penjelajah Matriks Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Code Relations Browser</source>
            <translation>Penjelajah Relasi Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Crosstab</source>
            <translation>Tabulasi Silang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Document Portrait</source>
            <translation>Potret Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Codeline</source>
            <translation>Garis Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Document Comparison Chart</source>
            <translation>Bagan Perbandingan Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Code Frequencies</source>
            <translation>Frekuensi Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Summary Grid</source>
            <translation>Kisi Ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Summary Tables</source>
            <translation>Tabel Ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Interactive Quote Matrix</source>
            <translation>Matriks Kutipan Interaktif</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <source>Display Builder (Miles &amp;&amp; Huberman)</source>
            <translation>Penyusun Penyajian Data (Miles &amp;&amp; Huberman)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <source>QDA Desk</source>
            <translation>QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/actions.py" />
            <source>Open a project first.</source>
            <translation>Buka dulu sebuah proyek.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Number of segments</source>
            <translation>Jumlah segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Presence (✓)</source>
            <translation>Kehadiran (✓)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Number of documents</source>
            <translation>Jumlah dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Mean weight</source>
            <translation>Rata-rata bobot</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Summaries</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Summaries led by their rating</source>
            <translation>Ringkasan diawali penilaiannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Summary ratings</source>
            <translation>Penilaian ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Highest-weighted quote</source>
            <translation>Kutipan berbobot tertinggi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>All quotes</source>
            <translation>Semua kutipan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Paraphrases of the segments</source>
            <translation>Parafrasa segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Checklist: best quote + rating</source>
            <translation>Daftar periksa: kutipan terbaik + penilaian</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Triangulation: support + strongest quote</source>
            <translation>Triangulasi: dukungan + kutipan terkuat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>month</source>
            <translation>bulan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>quarter</source>
            <translation>triwulan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>year</source>
            <translation>tahun</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Display Builder (Miles &amp; Huberman)</source>
            <translation>Penyusun Penyajian Data (Miles &amp; Huberman)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>— Presets —</source>
            <translation>— Prasetel —</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Save as…</source>
            <translation>Simpan sebagai…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Causal Network…</source>
            <translation>Jaringan Kausal…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Rows</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Columns</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Cells</source>
            <translation>Sel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Order rows by</source>
            <translation>Urutkan baris menurut</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Descending</source>
            <translation>Menurun</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Group columns by parent code</source>
            <translation>Kelompokkan kolom menurut kode induk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>(new display)</source>
            <translation>(penyajian data baru)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Name of the display:</source>
            <translation>Nama penyajian data:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>unsaved display</source>
            <translation>penyajian data yang belum disimpan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Export display</source>
            <translation>Ekspor penyajian data</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Word (*.docx);;Excel (*.xlsx)</source>
            <translation>Word (*.docx);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Export quote matrix</source>
            <translation>Ekspor matriks kutipan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>(as listed)</source>
            <translation>(sesuai daftar)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Mean segment weight</source>
            <translation>Rata-rata bobot segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Summary rating</source>
            <translation>Penilaian ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>{preset}: rows are {rows}, columns are {columns}. Change them above.</source>
            <translation>{preset}: baris berupa {rows}, kolom berupa {columns}. Ubah keduanya di atas.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>{rows} rows × {columns} columns · double-click a cell for its segments</source>
            <translation>{rows} baris × {columns} kolom · klik ganda sebuah sel untuk melihat segmennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Causal network: {display}</source>
            <translation>Jaringan kausal: {display}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>Subcodes of {path}</source>
            <translation>Subkode dari {path}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <location filename="../../qdadesk/ui/displays/common.py" />
            <source>Variable: {name}</source>
            <translation>Variabel: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/builder.py" />
            <source>{name} by {period}</source>
            <translation>{name} per {period}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Export chart</source>
            <translation>Ekspor bagan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>PNG image (*.png);;SVG picture (*.svg)</source>
            <translation>Gambar PNG (*.png);;Gambar SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Document Portrait: {name}</source>
            <translation>Potret Dokumen: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Codeline: {name}</source>
            <translation>Garis Kode: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/chart_windows.py" />
            <source>Choose a document</source>
            <translation>Pilih sebuah dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/common.py" />
            <source>Only activated codes</source>
            <translation>Hanya kode yang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/common.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Document groups</source>
            <translation>Kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/common.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Document sets</source>
            <translation>Set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Squares</source>
            <translation>Kotak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Heat map</source>
            <translation>Peta panas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Numbers</source>
            <translation>Angka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Presence (1/0)</source>
            <translation>Kehadiran (1/0)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Row percentage</source>
            <translation>Persentase baris</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Column percentage</source>
            <translation>Persentase kolom</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Show as</source>
            <translation>Tampilkan sebagai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Totals</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Export code matrix</source>
            <translation>Ekspor matriks kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Excel (*.xlsx);;Word (*.docx)</source>
            <translation>Excel (*.xlsx);;Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source> characters</source>
            <translation> karakter</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Diagonal (grey): the code's own number of segments.</source>
            <translation>Diagonal (abu-abu): jumlah segmen kode itu sendiri.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Export code relations</source>
            <translation>Ekspor relasi kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Segments (% of column)</source>
            <translation>Segmen (% dari kolom)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Documents with the code</source>
            <translation>Dokumen yang memuat kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Documents (% of column)</source>
            <translation>Dokumen (% dari kolom)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Export crosstab</source>
            <translation>Ekspor tabulasi silang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Bars</source>
            <translation>Batang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>% segments</source>
            <translation>% segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>% documents</source>
            <translation>% dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Export code frequencies</source>
            <translation>Ekspor frekuensi kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>Excel (*.xlsx);;Word (*.docx);;SVG (*.svg);;PNG (*.png)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;SVG (*.svg);;PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>{codes} codes × {columns} columns · {segments} segments</source>
            <translation>{codes} kode × {columns} kolom · {segments} segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>overlap</source>
            <translation>tumpang tindih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>lie within</source>
            <translation>berada dalam jarak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/matrix_windows.py" />
            <source>share a paragraph</source>
            <translation>berbagi paragraf</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Summarise per</source>
            <translation>Ringkas per</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Search summaries…</source>
            <translation>Cari ringkasan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Click a cell to summarise its segments</source>
            <translation>Klik sebuah sel untuk meringkas segmennya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Your summary of these segments…</source>
            <translation>Ringkasan Anda atas segmen-segmen ini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Rating (e.g. 1-5, high, adequate)</source>
            <translation>Penilaian (mis. 1-5, tinggi, memadai)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Saved when you leave the summary or choose another cell</source>
            <translation>Disimpan saat Anda meninggalkan ringkasan atau memilih sel lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Show ratings</source>
            <translation>Tampilkan penilaian</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Conceptually clustered matrix (Miles &amp; Huberman): subcodes under their parent code, each summary led by its rating as the evaluative word</source>
            <translation>Matriks berkelompok konseptual (Miles &amp; Huberman): subkode di bawah kode induknya, setiap ringkasan diawali penilaiannya sebagai kata evaluatif</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Export summary table</source>
            <translation>Ekspor tabel ringkasan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>No coded segments here</source>
            <translation>Tidak ada segmen terkode di sini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>No cases yet: make cases with Variables &gt; Cases… first</source>
            <translation>Belum ada kasus: buat dulu kasus lewat Variabel &gt; Kasus…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Codes (columns)</source>
            <translation>Kode (kolom)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>Variables (extra columns)</source>
            <translation>Variabel (kolom tambahan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>{n} summaries (orange corner)</source>
            <translation>{n} ringkasan (sudut oranye)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>{code} — case {case}</source>
            <translation>{code} — kasus {case}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/displays/summary_windows.py" />
            <source>{rows} rows × {codes} codes</source>
            <translation>{rows} baris × {codes} kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>No document open</source>
            <translation>Tidak ada dokumen yang terbuka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Find in Document…</source>
            <translation>Cari di Dokumen…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Zoom In</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Zoom Out</source>
            <translation>Perkecil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>New Memo at Selection…</source>
            <translation>Memo Baru pada Seleksi…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Show Codings in Code Colour</source>
            <translation>Tampilkan Pengodean dengan Warna Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Select Segment</source>
            <translation>Pilih Segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Remove Coding</source>
            <translation>Hapus Pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Change Weight…</source>
            <translation>Ubah Bobot…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Edit Comment…</source>
            <translation>Sunting Komentar…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Memo…</source>
            <translation>Memo…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Open Memo</source>
            <translation>Buka Memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Delete Memo</source>
            <translation>Hapus Memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Click to open</source>
            <translation>Klik untuk membuka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Change Weight</source>
            <translation>Ubah Bobot</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Weight of the coded segment (0-100):</source>
            <translation>Bobot segmen terkode (0-100):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Edit Comment</source>
            <translation>Sunting Komentar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Comment on the coded segment:</source>
            <translation>Komentar pada segmen terkode:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Weight: {w}</source>
            <translation>Bobot: {w}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Coder: {c}</source>
            <translation>Pengode: {c}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Comment: {c}</source>
            <translation>Komentar: {c}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/browser.py" />
            <source>Memo: {t}</source>
            <translation>Memo: {t}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Find in document</source>
            <translation>Cari di dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Match case</source>
            <translation>Cocokkan huruf besar/kecil</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Kecocokan sebelumnya (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Next match (Enter)</source>
            <translation>Kecocokan berikutnya (Enter)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Close (Esc)</source>
            <translation>Tutup (Esc)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Not found</source>
            <translation>Tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/find_bar.py" />
            <source>Paragraph {n}</source>
            <translation>Paragraf {n}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/margin.py" />
            <source>Drag to widen or narrow the coding stripes</source>
            <translation>Seret untuk melebarkan atau menyempitkan garis pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Previous Page</source>
            <translation>Halaman Sebelumnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Previous Page (Page Up)</source>
            <translation>Halaman Sebelumnya (Page Up)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Next Page</source>
            <translation>Halaman Berikutnya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Next Page (Page Down)</source>
            <translation>Halaman Berikutnya (Page Down)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Fit Width</source>
            <translation>Paskan Lebar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Draw Region</source>
            <translation>Gambar Wilayah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Draw a rectangle on the page to code it (or drag with Shift held)</source>
            <translation>Gambar persegi panjang pada halaman untuk mengodekannya (atau seret sambil menahan Shift)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Show the document's text instead of its pages</source>
            <translation>Tampilkan teks dokumen, bukan halamannya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>Page {n} of {count}</source>
            <translation>Halaman {n} dari {count}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>'{name}' cannot be shown: its picture cannot be read</source>
            <translation>'{name}' tidak dapat ditampilkan: gambarnya tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_browser/paged_mode.py" />
            <source>'{name}' cannot be shown: its PDF is damaged ({error})</source>
            <translation>'{name}' tidak dapat ditampilkan: PDF-nya rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Plain text (TXT)</source>
            <translation>Teks polos (TXT)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Word document (DOCX)</source>
            <translation>Dokumen Word (DOCX)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>OpenDocument text (ODT)</source>
            <translation>Teks OpenDocument (ODT)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Rich text (RTF)</source>
            <translation>Teks kaya (RTF)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Web page (HTML)</source>
            <translation>Halaman web (HTML)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{n} byte</source>
            <comment>{n} bytes</comment>
            <translation>
                <numerusform>{n} bita</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Properties…</source>
            <translation>Properti…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Import Summary</source>
            <translation>Ringkasan Impor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{n} document imported</source>
            <comment>{n} documents imported</comment>
            <translation>
                <numerusform>{n} dokumen diimpor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>A document's notes stay in its Properties (Document System context menu).</source>
            <translation>Catatan sebuah dokumen tetap tersimpan di Properti-nya (menu konteks Sistem Dokumen).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>No notes: nothing was left out or changed.</source>
            <translation>Tidak ada catatan: tidak ada yang ditinggalkan atau diubah.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Import notes:</source>
            <translation>Catatan impor:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{n} file skipped</source>
            <comment>{n} files skipped</comment>
            <translation>
                <numerusform>{n} berkas dilewati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{n} with notes</source>
            <comment>{n} with notes</comment>
            <translation>
                <numerusform>{n} dengan catatan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Document group:</source>
            <translation>Kelompok dokumen:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Type:</source>
            <translation>Tipe:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Size:</source>
            <translation>Ukuran:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Imported:</source>
            <translation>Diimpor:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Original file:</source>
            <translation>Berkas asli:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Skipped</source>
            <translation>Dilewati</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Properties of '{name}'</source>
            <translation>Properti '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>(top level)</source>
            <translation>(tingkat teratas)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>Text made in QDA Desk</source>
            <translation>Teks yang dibuat di QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_properties.py" />
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Documents and pictures (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;Documents (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown);;Pictures (*.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;All files (*)</source>
            <translation>Dokumen dan gambar (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;Dokumen (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md *.markdown);;Gambar (*.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.bmp *.svg);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Document System</source>
            <translation>Sistem Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Import Documents…</source>
            <translation>Impor Dokumen…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>New Document Group</source>
            <translation>Kelompok Dokumen Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Reset Activations</source>
            <translation>Setel Ulang Aktivasi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Deactivate all documents</source>
            <translation>Nonaktifkan semua dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Rename</source>
            <translation>Ganti Nama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>New Document Set from Activated Documents</source>
            <translation>Set Dokumen Baru dari Dokumen yang Diaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Import Documents</source>
            <translation>Impor Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Delete documents</source>
            <translation>Hapus dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Change document sets</source>
            <translation>Ubah set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Add to Document Set</source>
            <translation>Tambahkan ke Set Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>New Document Set</source>
            <translation>Set Dokumen Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>New Document Set…</source>
            <translation>Set Dokumen Baru…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>{n} item</source>
            <comment>{n} items</comment>
            <translation>
                <numerusform>{n} butir</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Delete {what}?

This removes {documents}, {segments} and {memos}. You can undo it with Edit &gt; Undo.</source>
            <translation>Hapus {what}?

Ini menghapus {documents}, {segments}, dan {memos}. Anda dapat mengurungkannya dengan Sunting &gt; Urungkan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Activate the documents for the set first (click their circles).</source>
            <translation>Aktifkan dulu dokumen untuk set ini (klik lingkarannya).</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Open Document</source>
            <translation>Buka Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Remove from Set</source>
            <translation>Keluarkan dari Set</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>the group '{name}'</source>
            <translation>kelompok '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Delete {what}?

The documents stay in the Document System. You can undo it with Edit &gt; Undo.</source>
            <translation>Hapus {what}?

Dokumen tetap ada di Sistem Dokumen. Anda dapat mengurungkannya dengan Sunting &gt; Urungkan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Open Document Memo</source>
            <translation>Buka Memo Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>New Document Memo…</source>
            <translation>Memo Dokumen Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>Delete Set…</source>
            <translation>Hapus Set…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>'{name}'</source>
            <translation>'{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>the document set '{name}'</source>
            <translation>set dokumen '{name}'</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_system.py" />
            <source>{n} document sets</source>
            <translation>{n} set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_tree_model.py" />
            <source>Sets</source>
            <translation>Set</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_tree_model.py" />
            <source>Move documents</source>
            <translation>Pindahkan dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_tree_model.py" />
            <source>Drag documents here to make a document set</source>
            <translation>Seret dokumen ke sini untuk membuat set dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_tree_model.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Document memo</source>
            <translation>Memo dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/document_tree_model.py" />
            <source>{name}: {segments}</source>
            <translation>{name}: {segments}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>REFI-QDA project (*.qdpx *.qde)</source>
            <translation>Proyek REFI-QDA (*.qdpx *.qde)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>Proyek REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>REFI-QDA project, CRLF line ends for NVivo and MAXQDA (*.qdpx)</source>
            <translation>Proyek REFI-QDA, akhir baris CRLF untuk NVivo dan MAXQDA (*.qdpx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Codebook (*.qdc *.csv)</source>
            <translation>Buku kode (*.qdc *.csv)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>QDA Desk project (*.qdadesk)</source>
            <translation>Proyek QDA Desk (*.qdadesk)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Import REFI-QDA Project (.qdpx)…</source>
            <translation>Impor Proyek REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Export REFI-QDA Project (.qdpx)…</source>
            <translation>Ekspor Proyek REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Import Codebook (.qdc, Taguette .csv)…</source>
            <translation>Impor Buku Kode (.qdc, .csv Taguette)…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Export Codebook (.qdc)…</source>
            <translation>Ekspor Buku Kode (.qdc)…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Importing REFI-QDA project…</source>
            <translation>Mengimpor proyek REFI-QDA…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Exporting REFI-QDA project…</source>
            <translation>Mengekspor proyek REFI-QDA…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Exporting codebook…</source>
            <translation>Mengekspor buku kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Importing codebook…</source>
            <translation>Mengimpor buku kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Import REFI-QDA Project</source>
            <translation>Impor Proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>New Project from the REFI-QDA File</source>
            <translation>Proyek Baru dari Berkas REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Export REFI-QDA Project</source>
            <translation>Ekspor Proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Export Codebook</source>
            <translation>Ekspor Buku Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Codebook (*.qdc)</source>
            <translation>Buku kode (*.qdc)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/actions.py" />
            <source>Import Codebook</source>
            <translation>Impor Buku Kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/report_dialog.py" />
            <source>REFI-QDA report</source>
            <translation>Laporan REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/report_dialog.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Copy as Text</source>
            <translation>Salin sebagai Teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/report_dialog.py" />
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/report_dialog.py" />
            <source>Examples</source>
            <translation>Contoh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>QDA Desk or REFI-QDA project (*.qdadesk *.qdpx *.qde)</source>
            <translation>Proyek QDA Desk atau REFI-QDA (*.qdadesk *.qdpx *.qde)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>QDA Desk project (*.qdadesk);;REFI-QDA project (*.qdpx)</source>
            <translation>Proyek QDA Desk (*.qdadesk);;Proyek REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Merge Project…</source>
            <translation>Gabungkan Proyek…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Audit Trail…</source>
            <translation>Jejak Audit…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Export for a Team Member…</source>
            <translation>Ekspor untuk Anggota Tim…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Merging project…</source>
            <translation>Menggabungkan proyek…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Exporting for a team member…</source>
            <translation>Mengekspor untuk anggota tim…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Merge Project</source>
            <translation>Gabungkan Proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork.py" />
            <source>Export for a Team Member</source>
            <translation>Ekspor untuk Anggota Tim</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Merge report</source>
            <translation>Laporan penggabungan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Memos</source>
            <translation>Memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Variables</source>
            <translation>Variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Variable values</source>
            <translation>Nilai variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Paraphrases</source>
            <translation>Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Logbook entries</source>
            <translation>Entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Audit Trail</source>
            <translation>Jejak Audit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>from YYYY-MM-DD</source>
            <translation>dari YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>to YYYY-MM-DD</source>
            <translation>sampai YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Detail</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Coded segments per code by day</source>
            <translation>Segmen terkode per kode per hari</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>{n} entry</source>
            <comment>{n} entries</comment>
            <translation>
                <numerusform>{n} entri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Matched</source>
            <translation>Cocok</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Added</source>
            <translation>Ditambahkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Difference</source>
            <translation>Perbedaan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Resolution</source>
            <translation>Penyelesaian</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Action:</source>
            <translation>Tindakan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>User:</source>
            <translation>Pengguna:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Dates:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>(all)</source>
            <translation>(semua)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Export Audit Trail</source>
            <translation>Ekspor Jejak Audit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Conflicts: {n} (this project's value kept; the other's kept as a memo)</source>
            <translation>Konflik: {n} (nilai proyek ini dipertahankan; nilai dari berkas lain disimpan sebagai memo)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/exchange/teamwork_dialogs.py" />
            <source>Coding counts</source>
            <translation>Jumlah pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/__init__.py" />
            <source>Open the user guide at this window's page (F1)</source>
            <translation>Buka panduan pengguna pada halaman jendela ini (F1)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/__init__.py" />
            <location filename="../../qdadesk/ui/help/window.py" />
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>QDA Desk Help</source>
            <translation>Bantuan QDA Desk</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Search the guide</source>
            <translation>Cari di panduan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Contents</source>
            <translation>Daftar Isi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/help/window.py" />
            <source>Nothing found.</source>
            <translation>Tidak ada yang ditemukan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_job.py" />
            <source>Import documents</source>
            <translation>Impor dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_job.py" />
            <source>Importing documents…</source>
            <translation>Mengimpor dokumen…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_job.py" />
            <source>Importing {name}…</source>
            <translation>Mengimpor {name}…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_job.py" />
            <source>Import failed: {error}</source>
            <translation>Impor gagal: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_options.py" />
            <source>Import Options</source>
            <translation>Opsi Impor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_options.py" />
            <source>Join Hard-Wrapped Lines</source>
            <translation>Gabungkan Baris yang Terpotong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/import_options.py" />
            <source>Join the lines inside a paragraph when importing (blank lines, speaker turns and list items stay apart); documents already imported are not changed</source>
            <translation>Gabungkan baris di dalam satu paragraf saat mengimpor (baris kosong, giliran penutur, dan butir daftar tetap terpisah); dokumen yang sudah diimpor tidak diubah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Edit</source>
            <translation>Sunting</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/maps/actions.py" />
            <source>Visual Tools</source>
            <translation>Alat Visual</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>New Project…</source>
            <translation>Proyek Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>Open Project…</source>
            <translation>Buka Proyek…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>Open Sample Project</source>
            <translation>Buka Proyek Contoh</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Close Project</source>
            <translation>Tutup Proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>User Guide</source>
            <translation>Panduan Pengguna</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Keyboard Shortcuts</source>
            <translation>Pintasan Papan Ketik</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Reset Window Layout</source>
            <translation>Setel Ulang Tata Letak Jendela</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Preferences…</source>
            <translation>Preferensi…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Highlight</source>
            <translation>Sorot</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Favourite Codes</source>
            <translation>Kode Favorit</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Main toolbar</source>
            <translation>Bilah alat utama</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>New Project</source>
            <translation>Proyek Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Open Project</source>
            <translation>Buka Proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>An interrupted change (the program was stopped while writing) was rolled back: the project is as it was after its last completed change.</source>
            <translation>Perubahan yang terputus (program dihentikan saat sedang menulis) telah dibatalkan: proyek kembali seperti sesudah perubahan terakhir yang selesai.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Activated: {d} documents, {c} codes</source>
            <translation>Diaktifkan: {d} dokumen, {c} kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>read-only</source>
            <translation>hanya-baca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Current code: {name}</source>
            <translation>Kode saat ini: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>; coders: {names}</source>
            <translation>; pengode: {names}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>{path} already exists; choose another name</source>
            <translation>{path} sudah ada; pilih nama lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>Code the selection with '{name}' (Ctrl+Q)</source>
            <translation>Kodekan seleksi dengan '{name}' (Ctrl+Q)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>The sample project could not be copied: {error}</source>
            <translation>Proyek contoh tidak dapat disalin: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/main_window.py" />
            <source>This document cannot be read: the project file is damaged ({error})</source>
            <translation>Dokumen ini tidak dapat dibaca: berkas proyek rusak ({error})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/actions.py" />
            <source>Maps…</source>
            <translation>Peta…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Map name:</source>
            <translation>Nama peta:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Codes (none: all):</source>
            <translation>Kode (kosong: semua):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Document or case:</source>
            <translation>Dokumen atau kasus:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Two documents or cases:</source>
            <translation>Dua dokumen atau kasus:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Link codes meeting in at least this many paragraphs:</source>
            <translation>Tautkan kode yang bertemu dalam paling sedikit sekian paragraf:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>At least this many co-occurrences:</source>
            <translation>Kemunculan bersama paling sedikit:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Case: {name}</source>
            <translation>Kasus: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Codes:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/generate_dialog.py" />
            <source>Variables (select them; drag causes to the top):</source>
            <translation>Variabel (pilihlah; seret penyebab ke atas):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Maps</source>
            <translation>Peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>The map's memo: the analytic narrative of the network</source>
            <translation>Memo peta: narasi analitis dari jaringan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Map memo</source>
            <translation>Memo peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>New Map…</source>
            <translation>Peta Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Generate</source>
            <translation>Hasilkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Causal Network from a Saved Display…</source>
            <translation>Jaringan Kausal dari Penyajian Data Tersimpan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Refresh</source>
            <translation>Perbarui</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Text Box</source>
            <translation>Kotak Teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Link</source>
            <translation>Tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Link mode: drag from one node to another</source>
            <translation>Mode tautan: seret dari satu simpul ke simpul lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Grid</source>
            <translation>Kisi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Layers</source>
            <translation>Lapisan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>New Map</source>
            <translation>Peta Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Name of the new map:</source>
            <translation>Nama peta baru:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Rename Map</source>
            <translation>Ganti Nama Peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>New name:</source>
            <translation>Nama baru:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Delete Map</source>
            <translation>Hapus Peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Text:</source>
            <translation>Teks:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Move Selection to Layer…</source>
            <translation>Pindahkan Pilihan ke Lapisan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Layer</source>
            <translation>Lapisan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Layer name (empty: base layer):</source>
            <translation>Nama lapisan (kosong: lapisan dasar):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Text Box Here…</source>
            <translation>Kotak Teks di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Code Here…</source>
            <translation>Kode di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Codes as Variables…</source>
            <translation>Kode sebagai Variabel…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Image Here…</source>
            <translation>Gambar di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Document Here…</source>
            <translation>Dokumen di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Memo Here…</source>
            <translation>Memo di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Case Here…</source>
            <translation>Kasus di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Document Group Here…</source>
            <translation>Kelompok Dokumen di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Variable Here…</source>
            <translation>Variabel di Sini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Selected Retrieved Segments Here</source>
            <translation>Segmen Terambil yang Dipilih di Sini</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Edit Link Label…</source>
            <translation>Sunting Label Tautan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Sign</source>
            <translation>Tanda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Style</source>
            <translation>Gaya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Weight…</source>
            <translation>Bobot…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Reverse Direction</source>
            <translation>Balikkan Arah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Attach Selected Retrieved Segments</source>
            <translation>Lekatkan Segmen Terambil yang Dipilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Open Supporting Segments</source>
            <translation>Buka Segmen Pendukung</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Label (empty: the object's name):</source>
            <translation>Label (kosong: nama objeknya):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Link Label</source>
            <translation>Label Tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Label:</source>
            <translation>Label:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Link Weight</source>
            <translation>Bobot Tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Weight:</source>
            <translation>Bobot:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>PNG image (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>SVG image (*.svg)</source>
            <translation>Gambar SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Export Map</source>
            <translation>Ekspor Peta</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Code Co-occurrence Model…</source>
            <translation>Model Kemunculan Bersama Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Code-Subcodes Model…</source>
            <translation>Model Kode-Subkode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Single-Case Model…</source>
            <translation>Model Kasus Tunggal…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Code Theory Model…</source>
            <translation>Model Teori Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Two-Case Comparison…</source>
            <translation>Perbandingan Dua Kasus…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Causal Network from Codes…</source>
            <translation>Jaringan Kausal dari Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Rename Map…</source>
            <translation>Ganti Nama Peta…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Force-Directed Layout</source>
            <translation>Tata Letak Berbasis Gaya</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Hierarchical Layout (Left to Right)</source>
            <translation>Tata Letak Hierarkis (Kiri ke Kanan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Lay Out Everything (Also Placed Nodes)</source>
            <translation>Atur Tata Letak Semua (Termasuk Simpul yang Sudah Ditempatkan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Fit</source>
            <translation>Paskan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>PNG Image…</source>
            <translation>Gambar PNG…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>SVG Image…</source>
            <translation>Gambar SVG…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Nodes, Links and Evidence (XLSX)…</source>
            <translation>Simpul, Tautan, dan Bukti (XLSX)…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Causal Network</source>
            <translation>Jaringan Kausal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Display:</source>
            <translation>Penyajian data:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Align</source>
            <translation>Ratakan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Edit Label…</source>
            <translation>Sunting Label…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>+ (increases)</source>
            <translation>+ (menaikkan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>− (decreases)</source>
            <translation>− (menurunkan)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.gif)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Choose a PNG, JPEG or GIF picture.</source>
            <translation>Pilih gambar PNG, JPEG, atau GIF.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>The project has none yet.</source>
            <translation>Proyek belum memiliki satu pun.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Document Group</source>
            <translation>Kelompok Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Select the supporting segments in Retrieved Segments first.</source>
            <translation>Pilih dulu segmen pendukung di Segmen Terambil.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Segments supporting the link</source>
            <translation>Segmen yang mendukung tautan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>PNG Resolution</source>
            <translation>Resolusi PNG</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Dots per inch:</source>
            <translation>Titik per inci:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Map:</source>
            <translation>Peta:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Delete the map '{name}'?</source>
            <translation>Hapus peta '{name}'?</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Save a display in the Display Builder first.</source>
            <translation>Simpan dulu sebuah penyajian data di Penyusun Penyajian Data.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>(base layer)</source>
            <translation>(lapisan dasar)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Align Left</source>
            <translation>Ratakan Kiri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Align Top</source>
            <translation>Ratakan Atas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Align Centres Vertically</source>
            <translation>Ratakan Pusat Secara Vertikal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Align Centres Horizontally</source>
            <translation>Ratakan Pusat Secara Horizontal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Distribute Horizontally</source>
            <translation>Sebarkan Secara Horizontal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Distribute Vertically</source>
            <translation>Sebarkan Secara Vertikal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>Link {a} → {b}</source>
            <translation>Tautan {a} → {b}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>(untitled memo {id})</source>
            <translation>(memo tanpa judul {id})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/maps/window.py" />
            <source>{name} (case variable)</source>
            <translation>{name} (variabel kasus)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Free memo</source>
            <translation>Memo bebas</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Project memo</source>
            <translation>Memo proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Document group memo</source>
            <translation>Memo kelompok dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Code memo</source>
            <translation>Memo kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Coded segment memo</source>
            <translation>Memo segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>In-document memo</source>
            <translation>Memo dalam dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Attached to</source>
            <translation>Dilekatkan pada</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Modified</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>U</source>
            <translation>U</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>• List</source>
            <translation>• Daftar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Memo Manager</source>
            <translation>Pengelola Memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>New Free Memo</source>
            <translation>Memo Bebas Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>New Code Memo…</source>
            <translation>Memo Kode Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>All memos</source>
            <translation>Semua memo</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Delete memos</source>
            <translation>Hapus memo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Delete {n} memo?</source>
            <comment>Delete {n} memos?</comment>
            <translation>
                <numerusform>Hapus {n} memo?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Logbook entry</source>
            <translation>Entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Entry:</source>
            <translation>Entri:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Logbook</source>
            <translation>Buku Log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>New Entry…</source>
            <translation>Entri Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Delete logbook entries</source>
            <translation>Hapus entri buku log</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>The project has no codes yet.</source>
            <translation>Proyek belum memiliki kode.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <location filename="../../qdadesk/ui/project_safety.py" />
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>Entry</source>
            <translation>Entri</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>{kind}{about} · Author: {author} · Created: {created} · Modified: {modified}</source>
            <translation>{kind}{about} · Penulis: {author} · Dibuat: {created} · Diubah: {modified}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/memos.py" />
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Code with New Code</source>
            <translation>Kodekan dengan Kode Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>More…</source>
            <translation>Lainnya…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Optional: what the code means (code memo)</source>
            <translation>Opsional: arti kode ini (memo kode)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Parent code:</source>
            <translation>Kode induk:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/new_code_dialog.py" />
            <source>Colour {colour}</source>
            <translation>Warna {colour}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/actions.py" />
            <source>Paraphrase Mode</source>
            <translation>Mode Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/actions.py" />
            <source>Categorize Paraphrases…</source>
            <translation>Kategorikan Parafrasa…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/actions.py" />
            <source>Paraphrases Matrix…</source>
            <translation>Matriks Parafrasa…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Edit Paraphrase</source>
            <translation>Sunting Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Remove Paraphrase</source>
            <translation>Hapus Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Paraphrase of the selected passage</source>
            <translation>Parafrasa bagian teks yang dipilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Select a passage in the text to paraphrase it.</source>
            <translation>Pilih bagian teks untuk diparafrasakan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/panel.py" />
            <source>Paraphrases ({n})</source>
            <translation>Parafrasa ({n})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Categorize Paraphrases</source>
            <translation>Kategorikan Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Paraphrases Matrix</source>
            <translation>Matriks Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>¶</source>
            <translation>¶</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Passage</source>
            <translation>Bagian teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Codes of the passage</source>
            <translation>Kode pada bagian teks</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>or a new category code</source>
            <translation>atau kode kategori baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Code Selected Paraphrases</source>
            <translation>Kodekan Parafrasa Terpilih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>— choose a code —</source>
            <translation>— pilih kode —</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Columns:</source>
            <translation>Kolom:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Export Paraphrases Matrix</source>
            <translation>Ekspor Matriks Parafrasa</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Category:</source>
            <translation>Kategori:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Select the paraphrases to categorize first.</source>
            <translation>Pilih dulu parafrasa yang akan dikategorikan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>No paraphrases yet: switch on Analysis → Paraphrase Mode to write some.</source>
            <translation>Belum ada parafrasa: nyalakan Analisis → Mode Parafrasa untuk menulisnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>{n} paraphrases, {done} categorized</source>
            <translation>{n} parafrasa, {done} sudah dikategorikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>Choose a category code or type a new one.</source>
            <translation>Pilih kode kategori atau ketik yang baru.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/paraphrases/windows.py" />
            <source>{n} paraphrases in {c} columns</source>
            <translation>{n} parafrasa dalam {c} kolom</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>Coder name:</source>
            <translation>Nama pengode:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>Written on every coding, memo and summary you make from now on. Intercoder agreement compares coders by this name.</source>
            <translation>Dicatat pada setiap pengodean, memo, dan ringkasan yang Anda buat mulai sekarang. Kesepakatan antarpengode membandingkan pengode menurut nama ini.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>System language</source>
            <translation>Bahasa sistem</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>Language:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>A new language is used when QDA Desk starts again.</source>
            <translation>Bahasa baru dipakai saat QDA Desk dijalankan lagi.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/preferences.py" />
            <source>A coder name cannot be empty</source>
            <translation>Nama pengode tidak boleh kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Project in use</source>
            <translation>Proyek sedang dipakai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Damaged project</source>
            <translation>Proyek rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recover into a New Project</source>
            <translation>Pulihkan ke Proyek Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{name} is already open in another window.

Opened by {user} on {host} since {since}.

You can open it read-only to look at it, or cancel.</source>
            <translation>{name} sudah terbuka di jendela lain.

Dibuka oleh {user} di {host} sejak {since}.

Anda dapat membukanya hanya-baca untuk melihatnya, atau membatalkan.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Open Read-Only</source>
            <translation>Buka Hanya-Baca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{name} is damaged: part of the file cannot be read.

Nothing will be written to it. You can recover what can still be read into a new project, or open it read-only to look at it.</source>
            <translation>{name} rusak: sebagian berkas tidak dapat dibaca.

Tidak ada yang akan ditulis ke dalamnya. Anda dapat memulihkan bagian yang masih terbaca ke proyek baru, atau membukanya hanya-baca untuk melihatnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recover into a New Project…</source>
            <translation>Pulihkan ke Proyek Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recovering what can be read…</source>
            <translation>Memulihkan bagian yang masih terbaca…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recovering {name}…</source>
            <translation>Memulihkan {name}…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recovery failed: {error}</source>
            <translation>Pemulihan gagal: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Recovered into {name}: {kept} rows kept, {lost} lost.</source>
            <translation>Dipulihkan ke {name}: {kept} baris tersimpan, {lost} hilang.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Save Project As…</source>
            <translation>Simpan Proyek Sebagai…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Restore Backup…</source>
            <translation>Kembalikan Cadangan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backup Settings…</source>
            <translation>Pengaturan Cadangan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Restore Backup</source>
            <translation>Kembalikan Cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>No backups yet: one is made each time the project is opened.</source>
            <translation>Belum ada cadangan: cadangan dibuat setiap kali proyek dibuka.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Restore</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backup Settings</source>
            <translation>Pengaturan Cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>a Backups folder beside each project</source>
            <translation>folder Backups di samping setiap proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backup folder:</source>
            <translation>Folder cadangan:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backups kept per project:</source>
            <translation>Cadangan yang disimpan per proyek:</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backup Folder</source>
            <translation>Folder Cadangan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Read-only: the file's folder cannot be written</source>
            <translation>Hanya-baca: folder berkas ini tidak dapat ditulisi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Take Over</source>
            <translation>Ambil Alih</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Restore a Backup…</source>
            <translation>Kembalikan Sebuah Cadangan…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{table}: kept {kept}, lost {lost}</source>
            <translation>{table}: tersimpan {kept}, hilang {lost}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backup saved: {name}</source>
            <translation>Cadangan disimpan: {name}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Read-only: the file is damaged</source>
            <translation>Hanya-baca: berkas rusak</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Save Project As</source>
            <translation>Simpan Proyek Sebagai</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} MB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{name} was left open by a program that has ended; it is yours now</source>
            <translation>{name} dibiarkan terbuka oleh program yang sudah berhenti; kini proyek itu milik Anda</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>If QDA Desk no longer runs on {host} (it crashed, or the stick was pulled out), you can take the project over.</source>
            <translation>Jika QDA Desk tidak lagi berjalan di {host} (program itu macet, atau flashdisk dicabut), Anda dapat mengambil alih proyek ini.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backups of it: {n}. The newest is from {date}.</source>
            <translation>Cadangannya: {n}. Yang terbaru dari {date}.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Read-only</source>
            <translation>Hanya-baca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Backups of {name} in {folder}</source>
            <translation>Cadangan {name} di {folder}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{name} is too damaged to show ({error}). You can recover what can still be read into a new project.</source>
            <translation>{name} terlalu rusak untuk ditampilkan ({error}). Anda dapat memulihkan bagian yang masih terbaca ke proyek baru.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>Read-only: open in another window</source>
            <translation>Hanya-baca: terbuka di jendela lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>No backup was made: {error}</source>
            <translation>Tidak ada cadangan yang dibuat: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{path} already exists; choose a new name</source>
            <translation>{path} sudah ada; pilih nama baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/project_safety.py" />
            <source>{name} is open in another window ({owner}); restore it there.</source>
            <translation>{name} sedang terbuka di jendela lain ({owner}); kembalikan cadangannya di sana.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Word (*.docx)</source>
            <translation>Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Web page (*.html)</source>
            <translation>Halaman web (*.html)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Project Report</source>
            <translation>Laporan Proyek</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Codebook…</source>
            <translation>Buku Kode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Project Report…</source>
            <translation>Laporan Proyek…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>{project} codebook</source>
            <translation>Buku kode {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>{project} report</source>
            <translation>Laporan {project}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Writing {file}…</source>
            <translation>Menulis {file}…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/reports_actions.py" />
            <source>Written: {file}</source>
            <translation>Ditulis: {file}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Activate documents and codes (click the circles in the Document System and the Code System) to see their coded segments here.</source>
            <translation>Aktifkan dokumen dan kode (klik lingkaran di Sistem Dokumen dan Sistem Kode) untuk melihat segmen terkodenya di sini.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>{document}, {paragraphs}  ·  {code}  ·  Weight {weight}</source>
            <translation>{document}, {paragraphs}  ·  {code}  ·  Bobot {weight}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Show activated</source>
            <translation>Tampilkan yang diaktifkan</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Show in Document</source>
            <translation>Tampilkan di Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Delete Coded Segment…</source>
            <translation>Hapus Segmen Terkode…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Export List…</source>
            <translation>Ekspor Daftar…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Export Segments</source>
            <translation>Ekspor Segmen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Excel (*.xlsx);;Word (*.docx);;Web page (*.html)</source>
            <translation>Excel (*.xlsx);;Word (*.docx);;Halaman web (*.html)</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>New Memo…</source>
            <translation>Memo Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Weight (0–100):</source>
            <translation>Bobot (0–100):</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Comment:</source>
            <translation>Komentar:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/retrieved_segments.py" />
            <source>Delete {n} coded segment? The text stays; only the coding goes.</source>
            <comment>Delete {n} coded segments? The text stays; only the coding goes.</comment>
            <translation>
                <numerusform>Hapus {n} segmen terkode? Teksnya tetap ada; hanya pengodeannya yang dihapus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>bundle</source>
            <translation>bundel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>source</source>
            <translation>kode sumber</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>self-test passed</source>
            <translation>uji mandiri lulus</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the sample project has no documents</source>
            <translation>proyek contoh tidak memiliki dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the selection was not coded</source>
            <translation>seleksi tidak terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>undo did not remove the coding</source>
            <translation>urungkan tidak menghapus pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the code matrix is empty</source>
            <translation>matriks kode kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the display is empty</source>
            <translation>penyajian data kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the .qdpx file is empty</source>
            <translation>berkas .qdpx kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the XLSX file is empty</source>
            <translation>berkas XLSX kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>documents were lost</source>
            <translation>ada dokumen yang hilang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>coded segments were lost</source>
            <translation>ada segmen terkode yang hilang</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the PDF's text layer was not read</source>
            <translation>lapisan teks PDF tidak terbaca</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>the PDF page was drawn blank</source>
            <translation>halaman PDF tergambar kosong</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{documents} documents, copy in {folder}</source>
            <translation>{documents} dokumen, salinan di {folder}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{document} 0-12 with {code}</source>
            <translation>{document} 0-12 dengan {code}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{n} coded segments again</source>
            <translation>kembali menjadi {n} segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{codes} codes x {documents} documents</source>
            <translation>{codes} kode x {documents} dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{rows} x {columns} quotes display</source>
            <translation>penyajian kutipan {rows} x {columns}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{name}, {n} KB</source>
            <translation>{name}, {n} KB</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{documents} documents, {codings} coded segments</source>
            <translation>{documents} dokumen, {codings} segmen terkode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>{width} x {height} pixels, {n} dark</source>
            <translation>{width} x {height} piksel, {n} gelap</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>QDA Desk {version} self-test ({kind})</source>
            <translation>Uji mandiri QDA Desk {version} ({kind})</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>open the sample project in the window</source>
            <translation>buka proyek contoh di jendela</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>code a selection</source>
            <translation>kodekan sebuah seleksi</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>undo the coding</source>
            <translation>urungkan pengodean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>compute a code matrix</source>
            <translation>hitung matriks kode</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>compute a display</source>
            <translation>hitung penyajian data</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>export .qdpx</source>
            <translation>ekspor .qdpx</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>export XLSX</source>
            <translation>ekspor XLSX</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>import the .qdpx again</source>
            <translation>impor lagi berkas .qdpx</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>draw a PDF page</source>
            <translation>gambar halaman PDF</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>it did not open</source>
            <translation>tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>ok     {number}/{total} {step} ({seconds:.2f} s): {detail}</source>
            <translation>ok    {number}/{total} {step} ({seconds:.2f} dtk): {detail}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/self_test.py" />
            <source>FAILED {number}/{total} {step}: {error}</source>
            <translation>GAGAL {number}/{total} {step}: {error}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/session.py" />
            <source>Another program changed this project. The window now shows its changes; the undo history was cleared so that undo cannot erase them.</source>
            <translation>Program lain telah mengubah proyek ini. Jendela kini menampilkan perubahannya; riwayat urungkan dikosongkan agar urungkan tidak menghapus perubahan itu.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/session.py" />
            <source>Changes made by another program</source>
            <translation>Perubahan oleh program lain</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>Qualitative data analysis: code interviews, retrieve segments, build displays. Everything is saved as you work.</source>
            <translation>Analisis data kualitatif: kodekan wawancara, ambil segmen, susun penyajian data. Semua tersimpan selagi Anda bekerja.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>Recent projects</source>
            <translation>Proyek terakhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/start_page.py" />
            <source>No recent projects yet</source>
            <translation>Belum ada proyek terakhir</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Integer</source>
            <translation>Bilangan bulat</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Decimal</source>
            <translation>Desimal</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Boolean</source>
            <translation>Boolean</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>New Variable</source>
            <translation>Variabel Baru</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Document Variables</source>
            <translation>Variabel Dokumen</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>New Variable…</source>
            <translation>Variabel Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Delete Variable…</source>
            <translation>Hapus Variabel…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Import from Excel…</source>
            <translation>Impor dari Excel…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Export to Excel…</source>
            <translation>Ekspor ke Excel…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Double-click a cell to edit it; values are checked against the variable's type.</source>
            <translation>Klik ganda sebuah sel untuk menyuntingnya; nilai diperiksa terhadap tipe variabelnya.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Delete Variable</source>
            <translation>Hapus Variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Import Variables</source>
            <translation>Impor Variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Export Variables</source>
            <translation>Ekspor Variabel</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>true</source>
            <translation>benar</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>false</source>
            <translation>salah</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>{name}: {type} variable</source>
            <translation>{name}: variabel {type}</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Delete the variable '{name}' and its values in every document?</source>
            <translation>Hapus variabel '{name}' beserta nilainya di setiap dokumen?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../qdadesk/ui/variables_editor.py" />
            <source>Values set for {n} document. Not in the project: {names}</source>
            <comment>Values set for {n} documents. Not in the project: {names}</comment>
            <translation>
                <numerusform>Nilai diatur untuk {n} dokumen. Tidak ada dalam proyek: {names}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>New Document Group…</source>
            <translation>Kelompok Dokumen Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Document Variables…</source>
            <translation>Variabel Dokumen…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Cases…</source>
            <translation>Kasus…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>New Free Memo…</source>
            <translation>Memo Bebas Baru…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Memo for Current Document…</source>
            <translation>Memo untuk Dokumen Saat Ini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Memo for Current Code…</source>
            <translation>Memo untuk Kode Saat Ini…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Memo Manager…</source>
            <translation>Pengelola Memo…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Logbook…</source>
            <translation>Buku Log…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Export Retrieved Segments…</source>
            <translation>Ekspor Segmen Terambil…</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Open or select a document first.</source>
            <translation>Buka atau pilih dulu sebuah dokumen.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Select a code first.</source>
            <translation>Pilih dulu sebuah kode.</translation>
        </message>
        <message>
            <location filename="../../qdadesk/ui/workspace_actions.py" />
            <source>Export Retrieved Segments</source>
            <translation>Ekspor Segmen Terambil</translation>
        </message>
        <message>
            <source>import documents (txt, docx, odt, rtf, html, md, pdf) and pictures (png, jpg, gif, tif, webp, svg)</source>
            <translation type="vanished">impor dokumen (txt, docx, odt, rtf, html, md, pdf) dan gambar (png, jpg, gif, tif, webp, svg)</translation>
        </message>
        <message>
            <source>not a picture QDA Desk reads (PNG, JPEG, GIF, TIFF, WebP, SVG)</source>
            <translation type="vanished">bukan gambar yang dapat dibaca QDA Desk (PNG, JPEG, GIF, TIFF, WebP, SVG)</translation>
        </message>
        <message>
            <source>Documents (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md);;All files (*)</source>
            <translation type="vanished">Dokumen (*.docx *.odt *.pdf *.txt *.rtf *.html *.htm *.md);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Memo on the coded segment:</source>
            <translation type="vanished">Memo pada segmen terkode:</translation>
        </message>
        <message>
            <source>Memo at this position:</source>
            <translation type="vanished">Memo pada posisi ini:</translation>
        </message>
        <message>
            <source>A region is resized by drawing it again</source>
            <translation type="vanished">Ukuran wilayah diubah dengan menggambarnya kembali</translation>
        </message>
        <message>
            <source>Resize coded segment</source>
            <translation type="vanished">Ubah ukuran segmen terkode</translation>
        </message>
        <message>
            <source>Delete '{name}'</source>
            <translation type="vanished">Hapus '{name}'</translation>
        </message>
        <message>
            <source>Rename variable to '{name}'</source>
            <translation type="vanished">Ganti nama variabel menjadi '{name}'</translation>
        </message>
        <message>
            <source>import documents (txt, docx, odt, rtf, html, md, pdf)</source>
            <translation type="vanished">impor dokumen (txt, docx, odt, rtf, html, md, pdf)</translation>
        </message>
        <message>
            <source>list documents</source>
            <translation type="vanished">daftar dokumen</translation>
        </message>
        <message>
            <source>Create the map NAME from a model, or refresh it when it exists (your positions and the nodes and links you added are kept). Models: code-relations (codes linked by overlapping segments, --min co-occurrences), code-subcodes, single-case (--document or --case), code-theory (--code), two-case (two --document/--case).</source>
            <translation type="vanished">Membuat peta NAME dari sebuah model, atau memperbaruinya jika sudah ada (posisi Anda serta simpul dan tautan yang Anda tambahkan tetap dipertahankan). Model: code-relations (kode yang ditautkan oleh segmen yang tumpang tindih, kemunculan bersama paling sedikit --min), code-subcodes, single-case (--document atau --case), code-theory (--code), two-case (dua --document/--case).</translation>
        </message>
        <message>
            <source>the PDF has no text layer (a scanned PDF?); run OCR first</source>
            <translation type="vanished">PDF tidak memiliki lapisan teks (PDF hasil pindai?); jalankan OCR terlebih dahulu</translation>
        </message>
        <message>
            <source>the PDF is encrypted with AES, which needs the ‘cryptography’ package to open</source>
            <translation type="vanished">PDF dienkripsi dengan AES, yang memerlukan paket ‘cryptography’ untuk membukanya</translation>
        </message>
        <message>
            <source>the PDF is damaged; no page's text could be read</source>
            <translation type="vanished">PDF rusak; tidak ada teks halaman yang dapat dibaca</translation>
        </message>
        <message>
            <source>REFI-QDA</source>
            <translation type="vanished">REFI-QDA</translation>
        </message>
        <message>
            <source>graph kept for export, not shown yet</source>
            <translation type="vanished">graf disimpan untuk ekspor, belum ditampilkan</translation>
        </message>
        <message>
            <source>qdpx: the whole project; qdc: the code book only</source>
            <translation type="vanished">qdpx: seluruh proyek; qdc: buku kode saja</translation>
        </message>
        <message>
            <source>project file (.qdadesk) to open</source>
            <translation type="vanished">berkas proyek (.qdadesk) yang akan dibuka</translation>
        </message>
        <message>
            <source>&lt;b&gt;QDA Desk {version}&lt;/b&gt;&lt;br&gt;Offline qualitative data analysis.</source>
            <translation type="vanished">&lt;b&gt;QDA Desk {version}&lt;/b&gt;&lt;br&gt;Analisis data kualitatif luring.</translation>
        </message>
    </context>
</TS>
