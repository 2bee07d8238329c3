// Prints, as JSON, the working days chinese-days gives from argv[2] to argv[3], make-up working
// weekends included. The working-days test runs it in China Standard Time (see there why).
import chineseDays from 'chinese-days';

const [from, to] = process.argv.slice(2);
process.stdout.write(JSON.stringify(chineseDays.getWorkdaysInRange(from, to, true)));
