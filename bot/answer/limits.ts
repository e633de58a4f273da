/**
 * How much of one message the assistant reads. Analysis costs grow with the question, so a channel
 * that allows 4096 characters (Telegram) or a pasted page must not buy more work than a question
 * needs: the first MAX_QUESTION_CHARS are answered (a danger report there is still seen) and the
 * reply says the rest was not read. The web API refuses longer questions outright (400).
 */
export const MAX_QUESTION_CHARS = 1000;

export const tooLongNote = (length: number) =>
  `(Tin nhắn dài ${length} ký tự; tôi chỉ đọc ${MAX_QUESTION_CHARS} ký tự đầu. Hãy hỏi ngắn gọn từng việc một.)`;
