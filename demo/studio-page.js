// Page entry of the studio: the widgets' own validator, national lists and hours reading.
import {
  holidayHours,
  hoursStatus,
  jsonPath,
  nationalPack,
  parseHours,
  parsePackText,
  validatePack,
  weekSummary,
  figureIds,
} from '/dist/voix-logement-validator.js';
import { mountStudio } from './studio/studio.js';

mountStudio(document.getElementById('studio'), {
  validatePack,
  parsePackText,
  jsonPath,
  nationalPack,
  figureIds,
  hours: { parseHours, hoursStatus, weekSummary, holidayHours },
});
