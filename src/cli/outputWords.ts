import { defineWords } from '../core/i18n/words';

/** What the command line says about an output path it will not write, and every other file-system error. */
export const OUTPUT_WORDS = /*#__PURE__*/ defineWords(
  'cli.output',
  {
    notRegular:
      '"{path}" đã có và không phải tệp thông thường ({what}): chỉ một tệp thông thường (hoặc tên chưa có) mới được ghi đè. Cho -o một tên tệp .xlsx trong thư mục của bạn.',
    fifo: 'một ống dẫn (FIFO)',
    device: 'một thiết bị',
    socket: 'một socket',
    other: 'không phải tệp',
    folderImpossible: 'Không tạo được thư mục "{dir}" để ghi "{path}": "{parent}" không cho tạo thư mục con. Chọn nơi ghi khác bằng -o.',
    EFBIG:
      'Tệp "{path}" vượt quá cỡ tệp lớn nhất được phép ghi (giới hạn của hệ thống hoặc của ổ đĩa, ví dụ USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Ghi sang ổ khác bằng -o; không có tệp dở dang nào được để lại.',
    ENXIO: '"{path}" là một thiết bị hay ống dẫn không có ai ở đầu bên kia. Cho -o một tên tệp .xlsx thông thường.',
    ENODEV: '"{path}" nằm trên một thiết bị không hỗ trợ ghi tệp. Chọn nơi ghi khác bằng -o.',
    EXDEV: 'Không chuyển được tệp tạm sang "{path}" vì hai chỗ nằm trên hai ổ khác nhau. Chọn nơi ghi trong cùng một ổ bằng -o.',
    EEXIST: '"{path}" vừa được chương trình khác tạo ra trong lúc ghi. Chạy lại; nếu vẫn lỗi, chọn tên khác bằng -o.',
    ENOTEMPTY: '"{path}" là một thư mục có nội dung. Cho -o một tên tệp .xlsx.',
    EINVAL: 'Tên "{path}" không hợp lệ trên ổ đĩa này (ví dụ có ký tự : * ? " < > | trên ổ định dạng Windows). Đổi tên tệp ở -o.',
    EAGAIN: 'Tệp "{path}" đang tạm thời bị khóa hoặc hệ thống đang bận. Chờ một chút rồi chạy lại.',
    network: 'Mất kết nối tới ổ mạng chứa "{path}". Kiểm tra mạng hoặc chép tệp về máy rồi chạy lại.',
    ENOMEM: 'Máy không đủ bộ nhớ để xử lý "{path}". Đóng bớt chương trình rồi chạy lại.',
    EOVERFLOW: 'Tệp "{path}" quá lớn để hệ thống này đọc hoặc ghi. Kiểm tra đúng tệp chưa.',
    ESPIPE: '"{path}" là một ống dẫn, không phải tệp. Cho một đường dẫn tới tệp .xlsx thông thường.',
    interrupted: 'Việc ghi "{path}" bị ngắt giữa chừng. Chạy lại; không có tệp dở dang nào được để lại.',
    ENOTSUP: 'Ổ đĩa chứa "{path}" không hỗ trợ thao tác cần để ghi an toàn. Chọn nơi ghi khác bằng -o.',
    readOther: 'Không đọc được tệp "{path}" do lỗi của hệ thống tệp. Kiểm tra tệp có mở được trong Excel không, hoặc chép tệp sang thư mục khác rồi chạy lại.',
    writeOther: 'Không ghi được "{path}" do lỗi của hệ thống tệp. Chọn nơi ghi khác bằng -o (ví dụ thư mục Tài liệu).',
  },
  {
    notRegular:
      '"{path}" exists and is not a regular file ({what}): only a regular file (or a name not yet taken) is ever replaced. Give -o an .xlsx file name in your own folder.',
    fifo: 'a pipe (FIFO)',
    device: 'a device',
    socket: 'a socket',
    other: 'not a file',
    folderImpossible: 'The folder "{dir}" for "{path}" cannot be created: "{parent}" does not allow folders in it. Choose another place with -o.',
    EFBIG:
      '"{path}" is larger than the largest file allowed here (a system limit or the drive\'s, e.g. a FAT32 USB stick takes files under 4 GB). Write to another drive with -o; no partial file was left.',
    ENXIO: '"{path}" is a device or pipe with nobody at the other end. Give -o a regular .xlsx file name.',
    ENODEV: '"{path}" is on a device that does not hold files. Choose another place with -o.',
    EXDEV: 'The temporary file could not be moved to "{path}": they are on two different drives. Choose a place on one drive with -o.',
    EEXIST: '"{path}" was created by another program while writing. Run again; if it persists, choose another name with -o.',
    ENOTEMPTY: '"{path}" is a folder with files in it. Give -o an .xlsx file name.',
    EINVAL: 'The name "{path}" is not valid on this drive (e.g. : * ? " < > | on a Windows-formatted drive). Change the name given to -o.',
    EAGAIN: '"{path}" is locked for a moment or the system is busy. Wait a little and run again.',
    network: 'The network drive holding "{path}" was lost. Check the network, or copy the file to this computer and run again.',
    ENOMEM: 'Not enough memory to handle "{path}". Close some programs and run again.',
    EOVERFLOW: '"{path}" is too large for this system to read or write. Check it is the right file.',
    ESPIPE: '"{path}" is a pipe, not a file. Give the path of a regular .xlsx file.',
    interrupted: 'Writing "{path}" was interrupted. Run again; no partial file was left.',
    ENOTSUP: 'The drive holding "{path}" does not support what a safe write needs. Choose another place with -o.',
    readOther: 'Could not read "{path}": a file-system error. Check that the file opens in Excel, or copy it to another folder and run again.',
    writeOther: 'Could not write "{path}": a file-system error. Choose another place with -o (e.g. your Documents folder).',
  },
);
