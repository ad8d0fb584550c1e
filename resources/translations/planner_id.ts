<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>no session or bilateral request {item!r}</source>
        <translation>tidak ada sidang atau permintaan pertemuan bilateral {item!r}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempatkan</translation>
    </message>
    <message>
        <source>{title} is not placed</source>
        <translation>{title} belum dijadwalkan</translation>
    </message>
    <message>
        <source>Unplace {title}</source>
        <translation>Keluarkan {title} dari jadwal</translation>
    </message>
    <message>
        <source>Lock {title}</source>
        <translation>Kunci {title}</translation>
    </message>
    <message>
        <source>Unlock {title}</source>
        <translation>Buka kunci {title}</translation>
    </message>
    <message>
        <source>Summit Planner — cannot open the plan</source>
        <translation>Summit Planner — rencana tidak dapat dibuka</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Rencana tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file was not changed. Open another plan, or start from the sample plan?</source>
        <translation>Berkas tidak diubah. Buka rencana lain, atau mulai dari rencana contoh?</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Buka yang lain…</translation>
    </message>
    <message>
        <source>Use the &amp;sample plan</source>
        <translation>Gunakan rencana &amp;contoh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>tidak terpasang</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OR-Tools</source>
        <translation>OR-Tools</translation>
    </message>
    <message>
        <source>Time-zone data</source>
        <translation>Data zona waktu</translation>
    </message>
    <message>
        <source>{release} (tzdata package)</source>
        <translation>{release} (paket tzdata)</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Panduan singkat</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Plans, schedules and prints summits and ministerial meetings.</source>
        <translation>Merencanakan, menjadwalkan, dan mencetak KTT dan pertemuan tingkat menteri.</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>Tentang Summit Planner</translation>
    </message>
    <message>
        <source>No plan was chosen.</source>
        <translation>Belum ada rencana yang dipilih.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Buka rencana</translation>
    </message>
    <message>
        <source>Views of the plan</source>
        <translation>Tampilan rencana</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Ringkasan rencana</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Jadwal</translation>
    </message>
    <message>
        <source>&amp;By Delegation</source>
        <translation>&amp;Per Delegasi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>Start a new plan file</source>
        <translation>Mulai berkas rencana baru</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Buka berkas rencana</translation>
    </message>
    <message>
        <source>Write the plan to another plan file; you keep working on this one</source>
        <translation>Tulis rencana ke berkas rencana lain; Anda tetap bekerja pada berkas ini</translation>
    </message>
    <message>
        <source>&amp;Import Plan (JSON)…</source>
        <translation>&amp;Impor Rencana (JSON)…</translation>
    </message>
    <message>
        <source>Replace this plan with a summit-plan document (Undo brings it back)</source>
        <translation>Ganti rencana ini dengan dokumen summit-plan (Urungkan akan mengembalikannya)</translation>
    </message>
    <message>
        <source>&amp;Export Plan (JSON)…</source>
        <translation>&amp;Ekspor Rencana (JSON)…</translation>
    </message>
    <message>
        <source>Write the plan as a summit-plan document for another office</source>
        <translation>Tulis rencana sebagai dokumen summit-plan untuk kantor lain</translation>
    </message>
    <message>
        <source>Add or update people from an accreditation list (XLSX or CSV)</source>
        <translation>Tambah atau perbarui peserta dari daftar akreditasi (XLSX atau CSV)</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>Ekspor i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Write the schedule as an .ics calendar for a delegation, a person or a venue</source>
        <translation>Tulis jadwal sebagai kalender .ics untuk delegasi, peserta, atau ruangan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Cet&amp;ak…</translation>
    </message>
    <message>
        <source>Print a roster or a programme</source>
        <translation>Cetak daftar delegasi atau acara</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Pratin&amp;jau Cetak…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Lihat halaman sebelum dicetak</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Ekspor P&amp;DF…</translation>
    </message>
    <message>
        <source>Write a roster or a programme as a PDF file</source>
        <translation>Tulis daftar delegasi atau acara sebagai berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Search the list in front</source>
        <translation>Cari di daftar yang sedang dibuka</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Pr&amp;eferensi…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Pilih bahasa jendela</translation>
    </message>
    <message>
        <source>&amp;Check Rules</source>
        <translation>&amp;Periksa Aturan</translation>
    </message>
    <message>
        <source>&amp;Build Schedule…</source>
        <translation>&amp;Susun Jadwal…</translation>
    </message>
    <message>
        <source>Let the scheduler place every session and as many bilaterals as it can</source>
        <translation>Biarkan penjadwal menempatkan semua sidang dan sebanyak mungkin pertemuan bilateral</translation>
    </message>
    <message>
        <source>&amp;Re-plan…</source>
        <translation>&amp;Rencanakan Ulang…</translation>
    </message>
    <message>
        <source>Improve the schedule, keeping locked placements where they are</source>
        <translation>Perbaiki jadwal dengan mempertahankan penempatan yang dikunci</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <source>Show more of each hour</source>
        <translation>Tampilkan setiap jam lebih rinci</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Perke&amp;cil</translation>
    </message>
    <message>
        <source>Show more of the day</source>
        <translation>Tampilkan bagian hari yang lebih panjang</translation>
    </message>
    <message>
        <source>&amp;Fit the Day</source>
        <translation>Paskan Satu &amp;Hari</translation>
    </message>
    <message>
        <source>Show the whole working day in the timetable&apos;s height</source>
        <translation>Tampilkan seluruh hari kerja setinggi jadwal</translation>
    </message>
    <message>
        <source>&amp;Conflicts Panel</source>
        <translation>Panel &amp;Konflik</translation>
    </message>
    <message>
        <source>Show or hide the list of broken rules</source>
        <translation>Tampilkan atau sembunyikan daftar aturan yang dilanggar</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Panduan Singkat</translation>
    </message>
    <message>
        <source>How to plan a summit here</source>
        <translation>Cara merencanakan KTT di sini</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan Papan &amp;Ketik</translation>
    </message>
    <message>
        <source>Every shortcut key</source>
        <translation>Semua tombol pintasan</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>&amp;Tentang Summit Planner</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Versi yang dipakai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Rencana</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Tidak ada rencana terbaru</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Kosongkan Daftar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Acara</translation>
    </message>
    <message>
        <source>Ven&amp;ues</source>
        <translation>R&amp;uangan</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegasi</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>P&amp;eserta</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>S&amp;idang</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>Per&amp;mintaan</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Konflik ({count})</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Tidak dapat memindahkan</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>Tidak dapat mengunci</translation>
    </message>
    <message>
        <source>Cannot unplace</source>
        <translation>Tidak dapat mengeluarkan dari jadwal</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Tidak dapat membuka rencana</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Membuka {name}</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Simpan rencana baru sebagai</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Tidak dapat membuat rencana</translation>
    </message>
    <message>
        <source>Save a copy of the plan as</source>
        <translation>Simpan salinan rencana sebagai</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Tidak dapat menyimpan salinan</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Salinan disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Import a summit-plan document</source>
        <translation>Impor dokumen summit-plan</translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation>Tidak dapat mengimpor rencana</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source> ({count} warnings)</source>
        <translation> ({count} peringatan)</translation>
    </message>
    <message>
        <source>Imported {name}{note}</source>
        <translation>Mengimpor {name}{note}</translation>
    </message>
    <message>
        <source>Export the plan as</source>
        <translation>Ekspor rencana sebagai</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Tidak dapat mengekspor rencana</translation>
    </message>
    <message>
        <source>Exported the plan to {path}</source>
        <translation>Rencana diekspor ke {path}</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Impor peserta dari lembar kerja</translation>
    </message>
    <message>
        <source>Import people from {name}</source>
        <translation>Impor peserta dari {name}</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflik</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Simpan &amp;Salinan Sebagai…</translation>
    </message>
    <message>
        <source>Import People from &amp;Spreadsheet…</source>
        <translation>Impor &amp;Peserta dari Lembar Kerja…</translation>
    </message>
    <message>
        <source>Write Invi&amp;tations…</source>
        <translation>Tulis U&amp;ndangan…</translation>
    </message>
    <message>
        <source>Write invitation files to send: one .ics per meeting (and an e-mail draft if asked), with updates and cancellations since the last time</source>
        <translation>Tulis berkas undangan untuk dikirim: satu .ics per pertemuan (dan draf e-mail jika diminta), dengan pembaruan dan pembatalan sejak terakhir kali</translation>
    </message>
    <message>
        <source>Check rules 1–10 and list conflicts</source>
        <translation>Periksa aturan 1–10 dan tampilkan konflik</translation>
    </message>
    <message>
        <source>{name} — Summit Planner</source>
        <translation>{name} — Summit Planner</translation>
    </message>
    <message>
        <source>{delegations} delegations · {people} people · sessions {placed}/{sessions} · bilaterals {granted}/{requests} · score {score} · {conflicts}</source>
        <translation>delegasi: {delegations} · peserta: {people} · sidang {placed}/{sessions} · bilateral {granted}/{requests} · skor {score} · {conflicts}</translation>
    </message>
    <message>
        <source>Cannot undo or redo “{text}”</source>
        <translation>Tidak dapat mengurungkan atau mengulangi “{text}”</translation>
    </message>
    <message>
        <source>the sheet has problems</source>
        <translation>lembar kerja bermasalah</translation>
    </message>
    <message>
        <source>Export the calendar as</source>
        <translation>Ekspor kalender sebagai</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Tidak dapat mengekspor kalender</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation>{count} acara ditulis ke {path}</translation>
    </message>
    <message>
        <source>Write the invitations into</source>
        <translation>Tulis undangan ke dalam</translation>
    </message>
    <message>
        <source>Cannot write the invitations</source>
        <translation>Tidak dapat menulis undangan</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Tidak dapat menampilkan pratinjau</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>{count} halaman dikirim ke pencetak</translation>
    </message>
    <message>
        <source>Export the PDF as</source>
        <translation>Ekspor PDF sebagai</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Tidak dapat mengekspor PDF</translation>
    </message>
    <message>
        <source>Wrote {count} pages to {path}</source>
        <translation>{count} halaman ditulis ke {path}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} konflik</translation>
    </message>
    <message>
        <source>.ics and .eml</source>
        <translation>.ics dan .eml</translation>
    </message>
    <message>
        <source>.ics</source>
        <translation>.ics</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 undangan</translation>
    </message>
    <message>
        <source>{count} invitations</source>
        <translation>{count} undangan</translation>
    </message>
    <message>
        <source>, {count} cancellations</source>
        <translation>, {count} pembatalan</translation>
    </message>
    <message>
        <source>{written} ({kinds}) into {folder}; {unchanged} unchanged</source>
        <translation>{written} ({kinds}) ditulis ke {folder}; {unchanged} tidak berubah</translation>
    </message>
    <message>
        <source>No conflicts: the schedule keeps rules 1–10.</source>
        <translation>Tidak ada konflik: jadwal mematuhi aturan 1–10.</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Rencanakan ulang</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Susun jadwal</translation>
    </message>
    <message>
        <source>Cannot apply the schedule</source>
        <translation>Tidak dapat menerapkan jadwal</translation>
    </message>
    <message>
        <source>rows cannot be added here</source>
        <translation>baris tidak dapat ditambahkan di sini</translation>
    </message>
    <message>
        <source>rows cannot be removed here</source>
        <translation>baris tidak dapat dihapus di sini</translation>
    </message>
    <message>
        <source>Change {what} {field}</source>
        <translation>Ubah {what} {field}</translation>
    </message>
    <message>
        <source>In the plan&apos;s order</source>
        <translation>Sesuai urutan rencana</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Tambah {what}</translation>
    </message>
    <message>
        <source>Remove {count} {what}(s)</source>
        <translation>Hapus {count} {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>IANA name such as Asia/Almaty; every time in the plan is in this zone</source>
        <translation>Nama IANA seperti Asia/Jakarta; semua waktu dalam rencana memakai zona ini</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Hari dimulai</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>JJ:MM</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Hari berakhir</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>Slot (menit)</translation>
    </message>
    <message>
        <source>The grid every start time sits on: 5, 10, 15 or 30</source>
        <translation>Kisi tempat setiap waktu mulai berada: 5, 10, 15, atau 30</translation>
    </message>
    <message>
        <source>Changeover (minutes)</source>
        <translation>Waktu pindah (menit)</translation>
    </message>
    <message>
        <source>Time a delegation needs between sessions in different buildings</source>
        <translation>Waktu yang dibutuhkan delegasi di antara sidang di gedung yang berbeda</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>E-mail penyelenggara</translation>
    </message>
    <message>
        <source>The address invitations are sent from</source>
        <translation>Alamat pengirim undangan</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>BCP 47 tags separated by commas, e.g. en, ru, kk</source>
        <translation>Tag BCP 47 dipisahkan koma, mis. en, ru, kk</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>Urutan protokoler</translation>
    </message>
    <message>
        <source>alphabetical: by status group, then name; rank: by the head&apos;s rank first</source>
        <translation>alphabetical: menurut kelompok status, lalu nama; rank: menurut pangkat kepala delegasi lebih dulu</translation>
    </message>
    <message>
        <source>Alphabet starts at</source>
        <translation>Abjad dimulai dari</translation>
    </message>
    <message>
        <source>The delegation drawn by lot whose name starts the alphabet; empty: A</source>
        <translation>Delegasi hasil undian yang namanya mengawali abjad; kosong: A</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>no delegation called {name!r}</source>
        <translation>tidak ada delegasi bernama {name!r}</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <source>Moving between buildings needs the changeover time (rule 9)</source>
        <translation>Berpindah antargedung membutuhkan waktu pindah (aturan 9)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <source>Comma-separated: interpretation, video link, press, accessible, flags, catering</source>
        <translation>Dipisahkan koma: interpretation (penerjemahan), video link (tautan video), press (pers), accessible (ramah difabel), flags (bendera), catering (katering)</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>When the venue cannot be used, e.g. 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (empty: always open)</source>
        <translation>Kapan ruangan tidak dapat dipakai, mis. 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (kosong: selalu tersedia)</translation>
    </message>
    <message>
        <source>Main building</source>
        <translation>Gedung utama</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Ruangan baru</translation>
    </message>
    <message>
        <source>In the order of precedence</source>
        <translation>Menurut urutan protokoler</translation>
    </message>
    <message>
        <source>Place in the order of precedence</source>
        <translation>Tempat dalam urutan protokoler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. KZ</source>
        <translation>Kode dua huruf ISO 3166, mis. KZ</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Kedatangan</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-11 09:00</source>
        <translation>Waktu acara, mis. 2021-10-11 09:00</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Keberangkatan</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-12 18:00</source>
        <translation>Waktu acara, mis. 2021-10-12 18:00</translation>
    </message>
    <message>
        <source>Pinned place</source>
        <translation>Tempat tetap</translation>
    </message>
    <message>
        <source>Pins the delegation at this place; empty: the computed order</source>
        <translation>Menetapkan delegasi di tempat ini; kosong: urutan yang dihitung</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona waktu asal</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Tokyo</source>
        <translation>Nama IANA, mis. Asia/Tokyo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Delegasi baru</translation>
    </message>
    <message>
        <source>In the order of precedence, by delegation</source>
        <translation>Menurut urutan protokoler, per delegasi</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Sapaan</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama keluarga</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Daftar delegasi</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Acara harian</translation>
    </message>
    <message>
        <source>Venue door sheets</source>
        <translation>Papan pintu ruangan</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Kepala delegasi</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Wakil kepala delegasi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Penasihat</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Pengamanan</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Pers</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Petugas penghubung</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>kepala negara</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>kepala pemerintahan</translation>
    </message>
    <message>
        <source>vice president</source>
        <translation>wakil presiden</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>menteri</translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation>wakil menteri</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>duta besar</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>pejabat senior</translation>
    </message>
    <message>
        <source>official</source>
        <translation>pejabat</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staf</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Tuan rumah</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Negara anggota</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>Negara pengamat</translation>
    </message>
    <message>
        <source>Observer organisation</source>
        <translation>Organisasi pengamat</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisasi mitra</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Tamu</translation>
    </message>
    <message>
        <source>(ends {day})</source>
        <translation>(berakhir {day})</translation>
    </message>
    <message>
        <source>Times are local to {city} ({zone}, {offset} on {day}).</source>
        <translation>Waktu setempat {city} ({zone}, {offset} pada {day}).</translation>
    </message>
    <message>
        <source>people: {count}</source>
        <translation>peserta: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>No members are listed yet.</source>
        <translation>Belum ada anggota yang terdaftar.</translation>
    </message>
    <message>
        <source>By video link</source>
        <translation>Melalui tautan video</translation>
    </message>
    <message>
        <source>All delegations ({count} present)</source>
        <translation>Semua delegasi ({count} hadir)</translation>
    </message>
    <message>
        <source>By video link: {names}</source>
        <translation>Melalui tautan video: {names}</translation>
    </message>
    <message>
        <source>Bilateral {first}–{second}</source>
        <translation>Bilateral {first}–{second}</translation>
    </message>
    <message>
        <source>The plan lists no delegations.</source>
        <translation>Rencana tidak memuat delegasi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Waktu asal ({zone})</translation>
    </message>
    <message>
        <source>same</source>
        <translation>sama</translation>
    </message>
    <message>
        <source>Head of delegation: {name}</source>
        <translation>Kepala delegasi: {name}</translation>
    </message>
    <message>
        <source>In town: {arrival} – {departure}</source>
        <translation>Di kota: {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time is {zone}.</source>
        <translation>Waktu asal adalah {zone}.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation on {day}.</source>
        <translation>Tidak ada yang dijadwalkan untuk delegasi ini pada {day}.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation during the event.</source>
        <translation>Tidak ada yang dijadwalkan untuk delegasi ini selama acara.</translation>
    </message>
    <message>
        <source>Programme of the delegation</source>
        <translation>Acara delegasi</translation>
    </message>
    <message>
        <source>Nothing is placed on this day.</source>
        <translation>Tidak ada yang dijadwalkan pada hari ini.</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>agenda: {count}</translation>
    </message>
    <message>
        <source>No venue is used on {day}.</source>
        <translation>Tidak ada ruangan yang dipakai pada {day}.</translation>
    </message>
    <message>
        <source>No venue is used during the event.</source>
        <translation>Tidak ada ruangan yang dipakai selama acara.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Jarak jauh</translation>
    </message>
    <message>
        <source>Takes part by video link only</source>
        <translation>Hanya hadir melalui tautan video</translation>
    </message>
    <message>
        <source>add a delegation first: every person belongs to one</source>
        <translation>tambahkan delegasi lebih dulu: setiap peserta termasuk dalam satu delegasi</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>no session called {name!r}</source>
        <translation>tidak ada sidang bernama {name!r}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>&apos;all&apos;, or delegation names separated by commas</source>
        <translation>&apos;all&apos;, atau nama delegasi dipisahkan koma</translation>
    </message>
    <message>
        <source>Seats each</source>
        <translation>Kursi per delegasi</translation>
    </message>
    <message>
        <source>Extra seats</source>
        <translation>Kursi tambahan</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Venue features the session needs, separated by commas</source>
        <translation>Fasilitas ruangan yang dibutuhkan sidang, dipisahkan koma</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Waktu mulai ditetapkan</translation>
    </message>
    <message>
        <source>The session starts exactly then, e.g. 2021-10-12 10:00; empty: free</source>
        <translation>Sidang dimulai tepat pada waktu itu, mis. 2021-10-12 10:00; kosong: bebas</translation>
    </message>
    <message>
        <source>Fixed venue</source>
        <translation>Ruangan ditetapkan</translation>
    </message>
    <message>
        <source>The session takes place in this venue; empty: any that fits</source>
        <translation>Sidang berlangsung di ruangan ini; kosong: ruangan mana pun yang sesuai</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Tidak sebelum</translation>
    </message>
    <message>
        <source>The earliest start, e.g. 2021-10-12 12:30; empty: the first day</source>
        <translation>Waktu mulai paling awal, mis. 2021-10-12 12:30; kosong: hari pertama</translation>
    </message>
    <message>
        <source>Ends by</source>
        <translation>Selesai paling lambat</translation>
    </message>
    <message>
        <source>The latest end, e.g. 2021-10-12 14:30; empty: the last day</source>
        <translation>Waktu selesai paling lambat, mis. 2021-10-12 14:30; kosong: hari terakhir</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Setelah</translation>
    </message>
    <message>
        <source>The session starts only once these sessions have ended (rule 10)</source>
        <translation>Sidang baru dimulai setelah sidang-sidang ini berakhir (aturan 10)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sidang baru</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>1 is the highest, 5 the lowest</source>
        <translation>1 tertinggi, 5 terendah</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>What granting it adds to the score</source>
        <translation>Tambahan skor jika permintaan ini dipenuhi</translation>
    </message>
    <message>
        <source>a bilateral meeting needs two delegations in the plan</source>
        <translation>pertemuan bilateral membutuhkan dua delegasi dalam rencana</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>harus bilangan bulat</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>minimal {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>maksimal {high}</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time such as 2021-10-11 09:00</source>
        <translation>{value!r} bukan tanggal dan waktu seperti 2021-10-11 09:00</translation>
    </message>
    <message>
        <source>{value!r} is not a date such as 2021-10-11</source>
        <translation>{value!r} bukan tanggal seperti 2021-10-11</translation>
    </message>
    <message>
        <source>{value!r} is not a time such as 09:30</source>
        <translation>{value!r} bukan waktu seperti 09:30</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} bukan salah satu dari: {allowed}</translation>
    </message>
    <message>
        <source>{value!r}: give a start and an end, such as 2021-10-11 09:00–12:00</source>
        <translation>{value!r}: berikan waktu mulai dan selesai, seperti 2021-10-11 09:00–12:00</translation>
    </message>
    <message>
        <source>{value!r}: the end must come after the start</source>
        <translation>{value!r}: waktu selesai harus setelah waktu mulai</translation>
    </message>
    <message>
        <source>Plan, schedule and print summits and ministerial meetings. Without a command, opens the window on the last plan used (or on FILE.summit).</source>
        <translation>Merencanakan, menjadwalkan, dan mencetak KTT dan pertemuan tingkat menteri. Tanpa perintah, membuka jendela pada rencana terakhir (atau pada FILE.summit).</translation>
    </message>
    <message>
        <source>Exit codes: 0 fine, 1 the plan has problems, 2 bad usage or unreadable input.</source>
        <translation>Kode keluar: 0 baik, 1 rencana bermasalah, 2 penggunaan salah atau masukan tidak terbaca.</translation>
    </message>
    <message>
        <source>unexpected error ({error}). Nothing was changed by the failed step; please report this with the input that caused it.</source>
        <translation>galat tak terduga ({error}). Langkah yang gagal tidak mengubah apa pun; mohon laporkan ini beserta masukan yang menyebabkannya.</translation>
    </message>
    <message>
        <source>write an iCalendar file of the placed items</source>
        <translation>tulis berkas iCalendar dari agenda yang terjadwal</translation>
    </message>
    <message>
        <source>write an invitation file per item, only for what changed since the last run</source>
        <translation>tulis satu berkas undangan per agenda, hanya untuk yang berubah sejak terakhir dijalankan</translation>
    </message>
    <message>
        <source>, {count} cancelled</source>
        <translation>, {count} dibatalkan</translation>
    </message>
    <message>
        <source>wrote {path}: {events} event(s) for {scope}{cancelled}; {changed} new or changed since the last export</source>
        <translation>{path} ditulis: {events} acara untuk {scope}{cancelled}; {changed} baru atau berubah sejak ekspor terakhir</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>dilewati {reason}</translation>
    </message>
    <message>
        <source>{requests} invitation(s) and {cancellations} cancellation(s) for {scope} in {folder}; {unchanged} unchanged since the last run</source>
        <translation>{requests} undangan dan {cancellations} pembatalan untuk {scope} di {folder}; {unchanged} tidak berubah sejak terakhir dijalankan</translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation>berkas rencana</translation>
    </message>
    <message>
        <source>write a fresh copy of the sample plan</source>
        <translation>tulis salinan baru rencana contoh</translation>
    </message>
    <message>
        <source>create a plan file from a summit-plan JSON document</source>
        <translation>buat berkas rencana dari dokumen summit-plan JSON</translation>
    </message>
    <message>
        <source>write the plan as summit-plan JSON</source>
        <translation>tulis rencana sebagai summit-plan JSON</translation>
    </message>
    <message>
        <source>list every broken scheduling rule (exit 1 if any)</source>
        <translation>tampilkan setiap aturan penjadwalan yang dilanggar (kode keluar 1 jika ada)</translation>
    </message>
    <message>
        <source>print the event and what the plan holds</source>
        <translation>tampilkan acara dan isi rencana</translation>
    </message>
    <message>
        <source>wrote the sample plan to {path}</source>
        <translation>rencana contoh ditulis ke {path}</translation>
    </message>
    <message>
        <source>updated {path}</source>
        <translation>{path} diperbarui</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} ditulis</translation>
    </message>
    <message>
        <source>{count} broken rule(s) in {placed} placement(s)</source>
        <translation>{count} aturan dilanggar dalam {placed} penempatan</translation>
    </message>
    <message>
        <source>no broken rules in {placed} placement(s)</source>
        <translation>tidak ada aturan dilanggar dalam {placed} penempatan</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Acara:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>{zone} ({offset} on the first day; tz database {version})</source>
        <translation>{zone} ({offset} pada hari pertama; basis data tz {version})</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Kisi:</translation>
    </message>
    <message>
        <source>{slot} min slots, {changeover} min changeover</source>
        <translation>slot {slot} mnt, waktu pindah {changeover} mnt</translation>
    </message>
    <message>
        <source>Venues:</source>
        <translation>Ruangan:</translation>
    </message>
    <message>
        <source>{count} in {buildings} building(s)</source>
        <translation>{count} di {buildings} gedung</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Delegasi:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Peserta:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sidang:</translation>
    </message>
    <message>
        <source>{count} ({placed} placed)</source>
        <translation>{count} ({placed} ditempatkan)</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Permintaan:</translation>
    </message>
    <message>
        <source>{count} ({granted} granted of {total} not declined)</source>
        <translation>{count} ({granted} dipenuhi dari {total} yang tidak ditolak)</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Penempatan:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <source>{score} (weight {weight}, {absences} absence(s))</source>
        <translation>{score} (bobot {weight}, {absences} ketidakhadiran)</translation>
    </message>
    <message>
        <source>print a roster, programmes, a daily programme or venue door sheets to PDF</source>
        <translation>cetak daftar delegasi, acara, acara harian, atau papan pintu ruangan ke PDF</translation>
    </message>
    <message>
        <source>wrote {path} (1 page)</source>
        <translation>{path} ditulis (1 halaman)</translation>
    </message>
    <message>
        <source>wrote {path} ({count} pages)</source>
        <translation>{path} ditulis ({count} halaman)</translation>
    </message>
    <message>
        <source>place sessions and bilateral meetings automatically (exit 1 if a session cannot be placed)</source>
        <translation>tempatkan sidang dan pertemuan bilateral secara otomatis (kode keluar 1 jika ada sidang yang tidak dapat ditempatkan)</translation>
    </message>
    <message>
        <source>dry run: the plan file was not changed</source>
        <translation>uji coba: berkas rencana tidak diubah</translation>
    </message>
    <message>
        <source>wrote the schedule to {path} ({count} items changed)</source>
        <translation>jadwal ditulis ke {path} ({count} agenda berubah)</translation>
    </message>
    <message>
        <source>interrupted: nothing was written to the plan</source>
        <translation>dihentikan: tidak ada yang ditulis ke rencana</translation>
    </message>
    <message>
        <source>status: {status}, {seconds} s</source>
        <translation>status: {status}, {seconds} dtk</translation>
    </message>
    <message>
        <source>sessions placed: {placed} of {total}</source>
        <translation>sidang ditempatkan: {placed} dari {total}</translation>
    </message>
    <message>
        <source>requests granted: {granted} of {total}</source>
        <translation>permintaan dipenuhi: {granted} dari {total}</translation>
    </message>
    <message>
        <source>by priority: {counts}</source>
        <translation>menurut prioritas: {counts}</translation>
    </message>
    <message>
        <source>{priority}: {granted} of {wanted}</source>
        <translation>{priority}: {granted} dari {wanted}</translation>
    </message>
    <message>
        <source>weight: {weight}</source>
        <translation>bobot: {weight}</translation>
    </message>
    <message>
        <source>absences: {count}</source>
        <translation>ketidakhadiran: {count}</translation>
    </message>
    <message>
        <source>score: {score}</source>
        <translation>skor: {score}</translation>
    </message>
    <message>
        <source>bound: {bound}</source>
        <translation>batas: {bound}</translation>
    </message>
    <message>
        <source>gap: {gap}</source>
        <translation>selisih: {gap}</translation>
    </message>
    <message>
        <source>not placed: {item}: {reason}</source>
        <translation>tidak ditempatkan: {item}: {reason}</translation>
    </message>
    <message>
        <source>session moved: {item}: {before} -&gt; {after}</source>
        <translation>sidang dipindahkan: {item}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>moved: {count}</source>
        <translation>dipindahkan: {count}</translation>
    </message>
    <message>
        <source>request lost: {item}</source>
        <translation>permintaan hilang: {item}</translation>
    </message>
    <message>
        <source>request gained: {item}</source>
        <translation>permintaan didapat: {item}</translation>
    </message>
    <message>
        <source>write the roster as a CSV or XLSX spreadsheet, one row per person</source>
        <translation>tulis daftar delegasi sebagai lembar kerja CSV atau XLSX, satu baris per peserta</translation>
    </message>
    <message>
        <source>add or update people from an accreditation list (CSV or XLSX)</source>
        <translation>tambah atau perbarui peserta dari daftar akreditasi (CSV atau XLSX)</translation>
    </message>
    <message>
        <source>wrote {count} people to {path}</source>
        <translation>{count} peserta ditulis ke {path}</translation>
    </message>
    <message>
        <source>{name}: columns left out: {columns}</source>
        <translation>{name}: kolom yang diabaikan: {columns}</translation>
    </message>
    <message>
        <source>fix the rows above, or use --skip-invalid to import the good rows</source>
        <translation>perbaiki baris di atas, atau gunakan --skip-invalid untuk mengimpor baris yang benar</translation>
    </message>
    <message>
        <source>fix the header row</source>
        <translation>perbaiki baris judul kolom</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Dicetak pada {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Halaman {number} dari {total}</translation>
    </message>
    <message>
        <source>Another program changed what the undo history would undo; it was cleared.</source>
        <translation>Program lain mengubah apa yang akan diurungkan oleh riwayat urungkan; riwayat itu dihapus.</translation>
    </message>
    <message>
        <source>The undo history was cleared: “{text}” could not be taken back or redone.</source>
        <translation>Riwayat urungkan dihapus: “{text}” tidak dapat diurungkan atau diulangi.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Summit Planner plan</source>
        <translation>Rencana Summit Planner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>All delegations present</source>
        <translation>Semua delegasi hadir</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> dan {count} lainnya</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Delegasi: {names}</translation>
    </message>
    <message>
        <source>Locked: the scheduler leaves it here</source>
        <translation>Dikunci: penjadwal membiarkannya di sini</translation>
    </message>
    <message>
        <source>Rule {rule} ({name}): {message}</source>
        <translation>Aturan {rule} ({name}): {message}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>dengan {names}</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>Re-plan</source>
        <translation>Rencanakan ulang</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Susun jadwal</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Batas waktu dalam detik</translation>
    </message>
    <message>
        <source>The search stops after this long with the best found</source>
        <translation>Pencarian berhenti setelah selama ini dengan hasil terbaik</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Kemajuan pencarian</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>What the scheduler placed, moved and could not place.</source>
        <translation>Yang ditempatkan, dipindahkan, dan tidak dapat ditempatkan oleh penjadwal.</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <source>Keeps locked placements where they are and improves the rest, moving as little as it can.</source>
        <translation>Mempertahankan penempatan yang dikunci dan memperbaiki sisanya dengan pemindahan sesedikit mungkin.</translation>
    </message>
    <message>
        <source>&amp;Let placed sessions move</source>
        <translation>&amp;Izinkan sidang yang sudah ditempatkan berpindah</translation>
    </message>
    <message>
        <source>Sessions already placed may move to make room for the programme and more bilateral meetings. Locked placements, fixed times and venues, windows and the order of sessions still hold.</source>
        <translation>Sidang yang sudah ditempatkan boleh berpindah untuk memberi ruang bagi acara dan lebih banyak pertemuan bilateral. Penempatan yang dikunci, waktu dan ruangan yang ditetapkan, rentang waktu, serta urutan sidang tetap dipatuhi.</translation>
    </message>
    <message>
        <source>Bilaterals granted</source>
        <translation>Pertemuan bilateral dipenuhi</translation>
    </message>
    <message>
        <source>Absences from sessions for all</source>
        <translation>Ketidakhadiran di sidang untuk semua delegasi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Skor terbaik yang mungkin</translation>
    </message>
    <message>
        <source>Each granted bilateral counts 16, 8, 4, 2 or 1 by priority 1 to 5; each delegation in town but absent from a session for all costs {cost}</source>
        <translation>Setiap pertemuan bilateral yang dipenuhi bernilai 16, 8, 4, 2, atau 1 menurut prioritas 1 sampai 5; setiap delegasi yang berada di kota tetapi tidak hadir di sidang untuk semua delegasi mengurangi {cost}</translation>
    </message>
    <message>
        <source>Bilaterals granted:</source>
        <translation>Pertemuan bilateral dipenuhi:</translation>
    </message>
    <message>
        <source>Absences from sessions for all:</source>
        <translation>Ketidakhadiran di sidang untuk semua delegasi:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <source>Best possible:</source>
        <translation>Skor terbaik yang mungkin:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop now and keep the best schedule found so far</source>
        <translation>Hentikan sekarang dan simpan jadwal terbaik sejauh ini</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <source>Put this schedule in the plan (Undo takes it back)</source>
        <translation>Masukkan jadwal ini ke rencana (Urungkan akan mengembalikannya)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>searching… %p%</source>
        <translation>mencari… %p%</translation>
    </message>
    <message>
        <source>stopping, keeping the best found…</source>
        <translation>menghentikan, menyimpan hasil terbaik…</translation>
    </message>
    <message>
        <source>{granted} of {wanted}</source>
        <translation>{granted} dari {wanted}</translation>
    </message>
    <message>
        <source>reached: no schedule scores higher</source>
        <translation>tercapai: tidak ada jadwal dengan skor lebih tinggi</translation>
    </message>
    <message>
        <source>within {gap} of the best possible (no schedule scores above {bound})</source>
        <translation>selisih {gap} dari yang terbaik (tidak ada jadwal dengan skor di atas {bound})</translation>
    </message>
    <message>
        <source>priority {priority}: {granted} of {wanted}</source>
        <translation>prioritas {priority}: {granted} dari {wanted}</translation>
    </message>
    <message>
        <source>stopped: best found</source>
        <translation>dihentikan: hasil terbaik</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>The scheduler could not run: {message}

The plan was not changed.</source>
        <translation>Penjadwal tidak dapat berjalan: {message}

Rencana tidak diubah.</translation>
    </message>
    <message>
        <source>Placed {count}:</source>
        <translation>Ditempatkan {count}:</translation>
    </message>
    <message>
        <source>Moved {count}:</source>
        <translation>Dipindahkan {count}:</translation>
    </message>
    <message>
        <source>Could not place {count}:</source>
        <translation>Tidak dapat ditempatkan {count}:</translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message>
        <source>Write invitations</source>
        <translation>Tulis undangan</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Ekspor iCalendar</translation>
    </message>
    <message>
        <source>Writes invitation files to send: one .ics per meeting (and an e-mail draft beside it if asked) into a folder you choose. The first time every meeting is written; later only new and changed ones, and cancellations.</source>
        <translation>Menulis berkas undangan untuk dikirim ke folder pilihan Anda: satu .ics per pertemuan (dan draf e-mail di sampingnya jika diminta). Pertama kali semua pertemuan ditulis; selanjutnya hanya yang baru dan yang berubah, serta pembatalan.</translation>
    </message>
    <message>
        <source>Writes one .ics calendar file with the placed meetings of the choice.</source>
        <translation>Menulis satu berkas kalender .ics berisi pertemuan terjadwal sesuai pilihan.</translation>
    </message>
    <message>
        <source>Find a delegation, a person or a venue</source>
        <translation>Cari delegasi, peserta, atau ruangan</translation>
    </message>
    <message>
        <source>Find whose meetings</source>
        <translation>Cari pertemuan siapa</translation>
    </message>
    <message>
        <source>Who receives the invitations</source>
        <translation>Siapa yang menerima undangan</translation>
    </message>
    <message>
        <source>Writes every meeting again, also those sent before and unchanged (for someone who lost theirs); without it only new and changed ones</source>
        <translation>Menulis ulang semua pertemuan, juga yang sudah dikirim dan tidak berubah (bagi yang kehilangan undangannya); tanpa ini hanya yang baru dan yang berubah</translation>
    </message>
    <message>
        <source>Everything (the whole event)</source>
        <translation>Semuanya (seluruh acara)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: there is no one to invite.</source>
        <translation>{name} tidak memiliki alamat e-mail: tidak ada yang bisa diundang.</translation>
    </message>
    <message>
        <source>{delegation}: no one has an e-mail address</source>
        <translation>{delegation}: tidak ada yang memiliki alamat e-mail</translation>
    </message>
    <message>
        <source>{delegation}: to {contact} ({role}) for {head}</source>
        <translation>{delegation}: kepada {contact} ({role}) untuk {head}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>dan {count} lainnya</translation>
    </message>
    <message>
        <source>Heads without an e-mail address; their invitations go to:</source>
        <translation>Kepala delegasi tanpa alamat e-mail; undangan mereka dikirim kepada:</translation>
    </message>
    <message>
        <source>Whose meetings</source>
        <translation>Pertemuan siapa</translation>
    </message>
    <message>
        <source>&amp;Send every invitation again</source>
        <translation>&amp;Kirim ulang semua undangan</translation>
    </message>
    <message>
        <source>Also write &amp;e-mail drafts (.eml)</source>
        <translation>Tulis juga &amp;draf e-mail (.eml)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Rule {rule}: {name}</source>
        <translation>Aturan {rule}: {name}</translation>
    </message>
    <message>
        <source>Items: {titles}</source>
        <translation>Agenda: {titles}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the item</source>
        <translation>Klik dua kali atau tekan Enter untuk menampilkan agenda</translation>
    </message>
    <message>
        <source>Double-click a &amp;conflict or press Enter to show its item.</source>
        <translation>Klik dua kali sebuah &amp;konflik atau tekan Enter untuk menampilkan agendanya.</translation>
    </message>
    <message>
        <source>None: the schedule keeps every rule.</source>
        <translation>Tidak ada: jadwal mematuhi semua aturan.</translation>
    </message>
    <message>
        <source>{count} rule violations</source>
        <translation>{count} pelanggaran aturan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Summit Planner — unexpected error</source>
        <translation>Summit Planner — galat tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your plan file is safe: every change that was saved stays saved, and the step that failed changed nothing.

Please copy the details below into your report.</source>
        <translation>Terjadi sesuatu yang tidak diduga oleh Summit Planner. Berkas rencana Anda aman: setiap perubahan yang telah disimpan tetap tersimpan, dan langkah yang gagal tidak mengubah apa pun.

Mohon salin rincian di bawah ini ke laporan Anda.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Rincian galat</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Salin rincian ke papan klip</translation>
    </message>
</context>
<context>
    <name>DayTabsView</name>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
</context>
<context>
    <name>DelegationTimeline</name>
    <message>
        <source>Show &amp;home time</source>
        <translation>Tampilkan waktu &amp;asal</translation>
    </message>
    <message>
        <source>Label each delegation&apos;s row in its home time zone where it differs</source>
        <translation>Beri label baris setiap delegasi dengan zona waktu asalnya jika berbeda</translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation>Tampilkan waktu asal</translation>
    </message>
    <message>
        <source>Delegations by time</source>
        <translation>Delegasi menurut waktu</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>New plan</source>
        <translation>Rencana baru</translation>
    </message>
    <message>
        <source>e.g. CICA Ministerial Meeting 2021</source>
        <translation>mis. Pertemuan Tingkat Menteri CICA 2021</translation>
    </message>
    <message>
        <source>IANA time zone name, e.g. Asia/Almaty</source>
        <translation>Nama zona waktu IANA, mis. Asia/Almaty</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Hari &amp;pertama:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Hari te&amp;rakhir:</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>Hari &amp;dimulai:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>Hari &amp;berakhir:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>S&amp;lot:</translation>
    </message>
    <message>
        <source>C&amp;hangeover:</source>
        <translation>&amp;Waktu pindah:</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Why the value was not changed</source>
        <translation>Mengapa nilai tidak diubah</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search {name}…</source>
        <translation>Cari {name}…</translation>
    </message>
    <message>
        <source>Search {name}</source>
        <translation>Cari {name}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add a row, then edit it in place</source>
        <translation>Tambahkan baris, lalu sunting di tempat</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Tambah ke {name}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the selected rows (Undo brings them back)</source>
        <translation>Hapus baris yang dipilih (Urungkan akan mengembalikannya)</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Hapus dari {name}</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>Urutan baris</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>menaik</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>menurun</translation>
    </message>
    <message>
        <source>Sorted by {column}, {direction}</source>
        <translation>Diurutkan menurut {column}, {direction}</translation>
    </message>
    <message>
        <source>back to {order}</source>
        <translation>kembali: {order}</translation>
    </message>
    <message>
        <source>Select the rows to remove first.</source>
        <translation>Pilih dulu baris yang akan dihapus.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Tidak dihapus: {reason}</translation>
    </message>
    <message>
        <source>{field} not changed: {reason}</source>
        <translation>{field} tidak diubah: {reason}</translation>
    </message>
</context>
<context>
    <name>PaintedTimetable</name>
    <message>
        <source>The plan has no venues yet.</source>
        <translation>Rencana belum memiliki ruangan.</translation>
    </message>
    <message>
        <source>Nothing is placed on this day yet. Plan ▸ Build Schedule… (Ctrl+B) places every session and as many bilaterals as fit; or drag an item from the Unplaced list (or select it and press Enter).</source>
        <translation>Belum ada yang dijadwalkan pada hari ini. Rencana ▸ Susun Jadwal… (Ctrl+B) menempatkan semua sidang dan sebanyak mungkin pertemuan bilateral yang muat; atau seret agenda dari daftar Belum dijadwalkan (atau pilih lalu tekan Enter).</translation>
    </message>
    <message>
        <source>Unknown venue</source>
        <translation>Ruangan tidak dikenal</translation>
    </message>
    <message>
        <source>{id}: not a venue of the plan</source>
        <translation>{id}: bukan ruangan dalam rencana</translation>
    </message>
    <message>
        <source>{name}
{building} · {seats} seats</source>
        <translation>{name}
{building} · {seats} kursi</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Seperti sistem ({language})</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Bahasa menu, dialog, dan pesan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The window changes language the next time Summit Planner starts.</source>
        <translation>Bahasa jendela berganti saat Summit Planner dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Pratinjau cetak — {title}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
</context>
<context>
    <name>ReportChoiceDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Daftar delegasi</translation>
    </message>
    <message>
        <source>Programme (per delegation)</source>
        <translation>Acara (per delegasi)</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Acara harian</translation>
    </message>
    <message>
        <source>Door sheets (per venue)</source>
        <translation>Papan pintu (per ruangan)</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Semua delegasi</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Setiap hari</translation>
    </message>
    <message>
        <source>Two languages side by side are for the roster of delegations</source>
        <translation>Dua bahasa berdampingan hanya untuk daftar delegasi</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegasi:</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>A roster lists delegations for the whole event</source>
        <translation>Daftar delegasi berlaku untuk seluruh acara</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>A locked placement stays where it is when the schedule is built</source>
        <translation>Penempatan yang dikunci tetap di tempatnya saat jadwal disusun</translation>
    </message>
    <message>
        <source>Un&amp;place</source>
        <translation>Keluarkan dari &amp;jadwal</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Timetable grid</source>
        <translation>Kisi jadwal</translation>
    </message>
    <message>
        <source>Arrow keys move between blocks, Enter edits, L locks or unlocks, Delete takes the item off the schedule; drag a block to move it.</source>
        <translation>Tombol panah berpindah antarblok, Enter menyunting, L mengunci atau membuka kunci, Delete mengeluarkan agenda dari jadwal; seret blok untuk memindahkannya.</translation>
    </message>
    <message>
        <source>{day}: {count} placements, {conflicts} with conflicts</source>
        <translation>{day}: {count} penempatan, {conflicts} dengan konflik</translation>
    </message>
    <message>
        <source>Selected: {item}</source>
        <translation>Dipilih: {item}</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>The day shown (Ctrl+Page Up / Ctrl+Page Down)</source>
        <translation>Hari yang ditampilkan (Ctrl+Page Up / Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Find on the timetable (Ctrl+F)</source>
        <translation>Cari di jadwal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on the timetable</source>
        <translation>Cari di jadwal</translation>
    </message>
    <message>
        <source>A title, a delegation or an id; Enter shows the next match, Esc goes back</source>
        <translation>Judul, delegasi, atau id; Enter menampilkan kecocokan berikutnya, Esc kembali</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} dari {count}</translation>
    </message>
    <message>
        <source>Show {day}</source>
        <translation>Tampilkan {day}</translation>
    </message>
    <message>
        <source>{day} is outside the event&apos;s dates (rule 8)</source>
        <translation>{day} di luar tanggal acara (aturan 8)</translation>
    </message>
    <message>
        <source>red edge: breaks a rule</source>
        <translation>tepi merah: melanggar aturan</translation>
    </message>
    <message>
        <source>padlock: locked</source>
        <translation>gembok: dikunci</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Search unplaced items</source>
        <translation>Cari agenda yang belum dijadwalkan</translation>
    </message>
    <message>
        <source>Filter by title, delegation or id</source>
        <translation>Saring menurut judul, delegasi, atau id</translation>
    </message>
    <message>
        <source>Unplaced items</source>
        <translation>Agenda belum dijadwalkan</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable, or press Enter to place it at the timetable&apos;s focused cell; double-click or F2 edits it</source>
        <translation>Seret agenda ke jadwal, atau tekan Enter untuk menempatkannya di sel jadwal yang sedang dipilih; klik dua kali atau F2 untuk menyuntingnya</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Belum dijadwalkan</translation>
    </message>
    <message>
        <source>&amp;Unplaced ({count})</source>
        <translation>&amp;Belum dijadwalkan ({count})</translation>
    </message>
    <message>
        <source>{count} items not on the schedule</source>
        <translation>{count} agenda tidak ada di jadwal</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <source>{kind} · {minutes} min</source>
        <translation>{kind} · {minutes} mnt</translation>
    </message>
    <message>
        <source>all delegations</source>
        <translation>semua delegasi</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Delegasi: {names}</translation>
    </message>
    <message>
        <source>priority {priority} · {minutes} min</source>
        <translation>prioritas {priority} · {minutes} mnt</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>disepakati</translation>
    </message>
    <message>
        <source>Needs: {features}</source>
        <translation>Kebutuhan: {features}</translation>
    </message>
</context>
<context>
    <name>_TimelineCanvas</name>
    <message>
        <source>Delegation timeline</source>
        <translation>Lini waktu delegasi</translation>
    </message>
    <message>
        <source>{day}: {busy} of {total} delegations have placements</source>
        <translation>{day}: {busy} dari {total} delegasi memiliki penempatan</translation>
    </message>
    <message>
        <source>The plan has no delegations yet.</source>
        <translation>Rencana belum memiliki delegasi.</translation>
    </message>
    <message>
        <source>home time {zone}</source>
        <translation>waktu asal {zone}</translation>
    </message>
    <message>
        <source>Event time ({zone})</source>
        <translation>Waktu acara ({zone})</translation>
    </message>
    <message>
        <source>In town {arrival} – {departure}</source>
        <translation>Di kota {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time: {zone} ({name})</source>
        <translation>Waktu asal: {zone} ({name})</translation>
    </message>
    <message>
        <source>Home time in {name}: {span}</source>
        <translation>Waktu asal di {name}: {span}</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Plenary</source>
        <translation>Sidang pleno</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>Sidang tingkat menteri</translation>
    </message>
    <message>
        <source>Bilateral session</source>
        <translation>Sidang bilateral</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Upacara</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Jamuan</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Pers</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Acara sampingan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Pertemuan bilateral</translation>
    </message>
</context>
</TS>
