<?cs # Privacy notice of the online request, in plain words, under UU 27/2022 (Pelindungan Data Pribadi). ?><?cs
include:"macros.cs" ?><?cs
def:content() ?>
<h1>Pemberitahuan Privasi</h1>
<p class="lead">Pemberitahuan ini menjelaskan cara <?cs var:Office.Name ?> memproses data pribadi
yang Anda isi pada formulir permohonan pembinaan di Sibina, sesuai Undang-Undang Nomor 27
Tahun 2022 tentang Pelindungan Data Pribadi.</p>

<section class="prose" aria-labelledby="p-pengendali">
  <h2 id="p-pengendali">Siapa yang mengelola data Anda</h2>
  <p>Pengendali data adalah <?cs var:Office.Name ?>, <?cs var:Office.Government ?>.</p>
</section>

<section class="prose" aria-labelledby="p-data">
  <h2 id="p-data">Data yang kami kumpulkan</h2>
  <ul>
    <li>jenis pemohon (UMKM atau koperasi), nama usaha atau koperasi, sektor usaha, NIB dan
    nomor badan hukum (bila diisi);</li>
    <li>nama penanggung jawab dan jabatannya, nomor HP, dan email (bila diisi);</li>
    <li>alamat usaha, kecamatan, dan nagari;</li>
    <li>pembinaan yang dibutuhkan dan uraian kebutuhan Anda;</li>
    <li>Surat Permohonan dan berkas pendukung yang Anda unggah.</li>
  </ul>
  <p>Kami <strong>tidak</strong> meminta NIK atau nomor KTP. Jangan mengunggah foto KTP atau
  dokumen lain yang tidak diperlukan.</p>
  <p>Untuk keamanan, sistem juga mencatat waktu pengiriman dan sidik alamat internet (bukan alamat
  itu sendiri) guna mencegah penyalahgunaan formulir.</p>
</section>

<section class="prose" aria-labelledby="p-tujuan">
  <h2 id="p-tujuan">Untuk apa data dipakai</h2>
  <p>Data Anda hanya dipakai untuk memproses permohonan pembinaan: menerima dan mencatat surat,
  menyampaikan disposisi, menghubungi Anda, menjadwalkan dan melaksanakan pembinaan, serta
  menyusun laporannya. Dasar pemrosesannya adalah persetujuan yang Anda berikan pada formulir.</p>
</section>

<section class="prose" aria-labelledby="p-pengaduan">
  <h2 id="p-pengaduan">Pengaduan</h2>
  <p>Pada formulir pengaduan, nama dan kontak (email atau nomor HP) boleh dikosongkan. Bila
  diisi, keduanya hanya dilihat petugas yang menangani pengaduan dan dipakai untuk memberi tahu
  Anda jawabannya. Halaman status pengaduan hanya menampilkan perihal, status, waktu, dan
  jawaban kepada orang yang mengetahui kode pengaduan.</p>
</section>

<section class="prose" aria-labelledby="p-akses">
  <h2 id="p-akses">Siapa yang dapat melihat data</h2>
  <p>Hanya petugas <?cs var:Office.Name ?> yang menangani permohonan Anda menurut prosedur
  standar pelayanan. Data tidak dijual dan tidak dibagikan kepada pihak lain, kecuali diwajibkan
  oleh peraturan perundang-undangan.</p>
  <p>Halaman Lacak Permohonan hanya menampilkan nama usaha, status, dan tahapan permohonan
  kepada orang yang mengetahui kode pelacakan.</p>
</section>

<section class="prose" aria-labelledby="p-simpan">
  <h2 id="p-simpan">Berapa lama data disimpan</h2>
  <p>Data disimpan selama diperlukan untuk menyelesaikan permohonan Anda dan sesuai ketentuan
  kearsipan yang berlaku bagi <?cs var:Office.Name ?>.</p>
</section>

<section class="prose" aria-labelledby="p-aman">
  <h2 id="p-aman">Keamanan</h2>
  <p>Berkas yang Anda unggah disimpan di luar bagian situs yang dapat dibuka umum, dengan nama
  acak, dan hanya dapat dibuka oleh petugas. Data isian disimpan dalam basis data yang tidak dapat
  diakses masyarakat.</p>
</section>

<section class="prose" aria-labelledby="p-hak">
  <h2 id="p-hak">Hak Anda dan cara menggunakannya</h2>
  <p>Anda berhak:</p>
  <ul>
    <li>mengetahui dan mendapatkan salinan data pribadi Anda yang kami simpan;</li>
    <li>meminta perbaikan data yang keliru atau tidak lengkap;</li>
    <li>meminta penghapusan data yang tidak lagi diperlukan;</li>
    <li>menarik kembali persetujuan Anda. Permohonan yang sedang berjalan mungkin tidak dapat
    dilanjutkan tanpa data tersebut.</li>
  </ul>
  <p>Untuk menggunakan hak ini, datang atau hubungi kami dengan menyebutkan kode pelacakan
  permohonan Anda:</p>
  <address class="box">
    <?cs var:Office.Name ?><br>
    <?cs var:Office.Address ?><br>
    Telepon: <?cs var:Office.Phone ?><?cs if:Office.Email ?><br>
    Email: <?cs var:Office.Email ?><?cs /if ?>
  </address>
</section>
<?cs /def ?><?cs
include:"layout.cs" ?>
