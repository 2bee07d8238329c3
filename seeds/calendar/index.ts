import { calendar2015 } from './2015.js';
import { calendar2016 } from './2016.js';
import { calendar2017 } from './2017.js';
import { calendar2018 } from './2018.js';
import { calendar2019 } from './2019.js';
import { calendar2020 } from './2020.js';
import { calendar2021 } from './2021.js';
import { calendar2022 } from './2022.js';
import { calendar2023 } from './2023.js';
import { calendar2024 } from './2024.js';
import { calendar2025 } from './2025.js';
import { calendar2026 } from './2026.js';
import type { CalendarSeed } from './calendar-seed.js';

export { daysOffOf, makeUpWorkdaysOf, type CalendarSeed } from './calendar-seed.js';

/** The seeded years, 2015–2026. */
export const CALENDAR_SEEDS: readonly CalendarSeed[] = [
  calendar2015,
  calendar2016,
  calendar2017,
  calendar2018,
  calendar2019,
  calendar2020,
  calendar2021,
  calendar2022,
  calendar2023,
  calendar2024,
  calendar2025,
  calendar2026,
];
