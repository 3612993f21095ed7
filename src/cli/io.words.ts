import { defineWords } from '../core/i18n/words';

/** What the command line says when a file cannot be read or written, in the words of the person running it. */
export const IO_WORDS = /*#__PURE__*/ defineWords(
  'cli.io',
  {
    fileWasNotFound: 'Không tìm thấy tệp {path}. Kiểm tra lại tên và thư mục của tệp.',
    theFolderForDoes: 'Không có thư mục để ghi {path}. Tạo thư mục đó trước, hoặc chọn nơi ghi khác với -o.',
    noPermissionToRead: 'Không có quyền đọc tệp {path}. Mở quyền đọc cho tệp, hoặc chép tệp sang thư mục của bạn rồi chạy lại.',
    noPermissionToWrite: 'Không có quyền ghi vào {path}. Chọn thư mục bạn được ghi (ví dụ thư mục Tài liệu) bằng -o, hoặc đóng tệp nếu nó đang mở trong Excel.',
    theDriveHoldingIs: 'Ổ đĩa chứa {path} chỉ cho đọc. Chọn nơi ghi khác bằng -o.',
    isAFolderNot: '{path} là một thư mục, không phải tệp .xlsx. Chỉ đường dẫn tới tệp sổ tính.',
    isAFolderGive: '{path} là một thư mục. Cho -o một tên tệp, ví dụ "{example}".',
    partOfThePath: 'Một phần của đường dẫn {path} là tệp chứ không phải thư mục. Kiểm tra lại đường dẫn.',
    theDiskIsFull: 'Ổ đĩa đã đầy, không ghi được {path}. Giải phóng chỗ trống hoặc ghi sang ổ khác bằng -o; không có tệp dở dang nào được để lại.',
    theFileNameOr: 'Tên tệp hoặc đường dẫn {path} quá dài. Đặt tên ngắn hơn hoặc chọn thư mục gần gốc ổ đĩa.',
    thePathIsA: 'Đường dẫn {path} là một liên kết vòng (symlink trỏ về chính nó). Dùng đường dẫn tới tệp thật.',
    theFileIsIn: 'Tệp {path} đang được chương trình khác dùng. Đóng tệp (ví dụ trong Excel) rồi chạy lại.',
    tooManyFilesAre: 'Máy đang mở quá nhiều tệp, không mở được {path}. Đóng bớt chương trình rồi chạy lại.',
    aDiskInputOutput: 'Lỗi đọc/ghi ổ đĩa với {path}. Kiểm tra ổ đĩa (USB, ổ mạng) rồi chạy lại.',
    isNotARegular: '"{path}" không phải là một tệp thông thường (có thể là ống dẫn hay thiết bị). Lưu sổ tính thành tệp .xlsx rồi chỉ đường dẫn tới tệp đó.',
    isTooLargeMb: 'Tệp "{path}" quá lớn ({size} MB, giới hạn {limit} MB) để là một sổ tính thi đua. Kiểm tra đúng tệp chưa, hoặc tách sổ tính.',
    theOutputFileName: 'Tên tệp kết quả (-o) đang để trống.',
    theOutputIsThe: 'Tệp kết quả "{out}" chính là tệp gốc "{input}" (cùng một tệp, kể cả qua liên kết): tệp gốc không bao giờ bị ghi đè. Chọn tên khác cho -o.',
    theProgramHitAn:
      'Chương trình gặp lỗi ngoài dự kiến và đã dừng; tệp gốc không bị sửa. Hãy chạy lại với THIDUA_DEBUG=1 và gửi báo lỗi kèm lệnh đã chạy và nội dung in ra (không cần gửi sổ tính có dữ liệu cá nhân).',
  },
  {
    fileWasNotFound: 'File {path} was not found. Check the file name and folder.',
    theFolderForDoes: 'The folder for {path} does not exist. Create it first, or choose another place with -o.',
    noPermissionToRead: 'No permission to read {path}. Allow reading it, or copy it into your own folder and run again.',
    noPermissionToWrite: 'No permission to write {path}. Choose a folder you can write to with -o, or close the file if it is open in Excel.',
    theDriveHoldingIs: 'The drive holding {path} is read-only. Choose another place with -o.',
    isAFolderNot: '{path} is a folder, not an .xlsx file. Give the path of the workbook file.',
    isAFolderGive: '{path} is a folder. Give -o a file name, e.g. "{example}".',
    partOfThePath: 'Part of the path {path} is a file, not a folder. Check the path.',
    theDiskIsFull: 'The disk is full: {path} could not be written. Free some space or write to another drive with -o; no partial file was left.',
    theFileNameOr: 'The file name or path {path} is too long. Use a shorter name or a folder nearer the root of the drive.',
    thePathIsA: 'The path {path} is a symbolic link loop. Use the path of the real file.',
    theFileIsIn: 'The file {path} is in use by another program. Close it (e.g. in Excel) and run again.',
    tooManyFilesAre: 'Too many files are open to open {path}. Close some programs and run again.',
    aDiskInputOutput: 'A disk input/output error on {path}. Check the drive (USB, network drive) and run again.',
    isNotARegular: '"{path}" is not a regular file (a pipe or a device). Save the workbook as an .xlsx file and give its path.',
    isTooLargeMb: '"{path}" is too large ({size} MB, limit {limit} MB) for a campaign workbook. Check it is the right file, or split the workbook.',
    theOutputFileName: 'The output file name (-o) is empty.',
    theOutputIsThe:
      'The output "{out}" is the input "{input}" itself (the same file, possibly through a link): the input is never overwritten. Choose another name for -o.',
    theProgramHitAn:
      'The program hit an unexpected error and stopped; the input was not changed. Run again with THIDUA_DEBUG=1 and report the bug with the command and what it printed (no need to send a workbook with personal data).',
  },
);
