/**
 * Passwords of ten or more characters that appear near the top of published breach
 * lists. Shorter ones are refused by length already. Compared case-insensitively.
 */
const COMMON = `1234567890 0123456789 12345678910 123456789a 1234567890a 1234567890q 1q2w3e4r5t 1q2w3e4r5t6y
q1w2e3r4t5 q1w2e3r4t5y6 qwertyuiop qwertyuiop1 qwertyuiop123 asdfghjkl1 asdfghjkl123 zxcvbnm123 1qaz2wsx3edc
qazwsxedc123 qazwsxedcrfv password12 password123 password1234 password12345 passw0rd123 p@ssw0rd12 p@ssword123
iloveyou12 iloveyou123 iloveyou1234 princess123 sunshine123 football12 football123 baseball123 basketball
basketball1 superman123 batman12345 starwars123 monkey12345 dragon12345 letmein123 letmein1234 welcome123
welcome1234 welcome2024 welcome2025 welcome2026 administrator admin12345 admin123456 administrator1 changeme123
trustno1234 whatever123 computer123 internet123 michael123 jennifer123 jordan2323 charlie123 liverpool1
chelsea1234 arsenal1234 manchester1 qwerty12345 qwerty123456 qwerty1234567 abc1234567 abcd123456 abcdefghij
abcdefg123 a123456789 aa123456789 1111111111 0000000000 2222222222 9999999999 1234512345 1231231234 1234554321
12341234 123123123123 987654321a 9876543210 11223344556 1122334455 5555555555 7777777777 8888888888 6666666666
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 autumn2025 password2024 password2025
password2026 password!1 Password1! password@123 passwordpassword iloveyouiloveyou qwertyqwerty asdfasdfasdf
mypassword1 mypassword123 secret12345 secretpassword 1q2w3e4r5t6y7u q2w3e4r5t6 zaq12wsxcde loveyou1234
hellohello1 helloworld1 helloworld123 freedom1234 blink182182 cookie12345 chocolate1 chocolate123 butterfly1
butterfly123 pokemon12345 minecraft12 minecraft123 fortnite123 samsung1234 iphone12345 google12345 facebook123`;

const COMMON_SET = new Set(COMMON.split(/\s+/).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_SET.has(lower)) return true;
  // One character repeated, or a plain run of digits, is as weak as anything on the list.
  return /^(.)\1+$/.test(lower) || /^\d+$/.test(lower);
}
