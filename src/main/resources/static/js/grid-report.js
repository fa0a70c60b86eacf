// 网格上报: fills the report's coordinates from the browser's Geolocation API when the grid worker asks.
// Optional: without the API, or when the worker refuses, the place is given in words only.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('use-location');
  if (!button || !('geolocation' in navigator)) {
    return;
  }
  const status = document.getElementById('location-status');
  const latitude = document.getElementById('latitude');
  const longitude = document.getElementById('longitude');
  button.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(position => {
      latitude.value = position.coords.latitude.toFixed(6);
      longitude.value = position.coords.longitude.toFixed(6);
      status.textContent = button.dataset.located + ' ' + latitude.value + ', ' + longitude.value;
    }, () => {
      status.textContent = button.dataset.unavailable;
    }, {enableHighAccuracy: false, timeout: 15000, maximumAge: 60000});
  });
});
